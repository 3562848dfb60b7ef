package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.core.error.AepException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A teardown found, before deleting anything, that resources of the ingestion are still used by
 * resources it did not create (a dataset another flow writes to, a connection another flow uses, a
 * schema another dataset uses, a class another schema is built on). Nothing was deleted. {@link
 * #users()} names the users of each such resource; {@link #existing()} lists what exists of the
 * ingestion. Remove the users (or stop sharing) and run the teardown again.
 */
public class TeardownRefusedException extends AepException {
  private static final long serialVersionUID = 1L;

  private final transient Map<TeardownItem, List<String>> users;
  private final transient List<TeardownItem> existing;

  /** {@code users} of the ingestion's resources keep them in use; {@code existing} resources of the ingestion exist. */
  public TeardownRefusedException(String ingestionName, Map<TeardownItem, List<String>> users, List<TeardownItem> existing) {
    super(message(ingestionName, users, existing));
    Map<TeardownItem, List<String>> copy = new LinkedHashMap<>();
    users.forEach((item, by) -> copy.put(item, List.copyOf(by)));
    this.users = Collections.unmodifiableMap(copy);
    this.existing = List.copyOf(existing);
  }

  private static String message(String ingestionName, Map<TeardownItem, List<String>> users, List<TeardownItem> existing) {
    List<String> lines = new ArrayList<>();
    users.forEach((item, by) -> lines.add(item.describe() + " is used by " + String.join(", ", by)));
    StringJoiner exists = new StringJoiner(", ").setEmptyValue("none");
    existing.forEach(item -> exists.add(item.describe()));
    return "Teardown of ingestion '" + ingestionName + "' refused, nothing was deleted: " + String.join("; ", lines)
        + ".\nResources of the ingestion that exist: " + exists;
  }

  /** Each resource of the ingestion still in use, and its users, e.g. {@code "flow 7f3c… 'Other flow'"}. */
  public Map<TeardownItem, List<String>> users() {
    return users;
  }

  /** The ingestion's resources that exist, in teardown order (kept ones with their reason). */
  public List<TeardownItem> existing() {
    return existing;
  }
}
