package io.github.aepsdk.core.ingestion;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a teardown of an ingestion did: the resources it deleted, those already gone, those it kept
 * (not created by the ingestion, or with no delete in AEP's API), and whether a read after the
 * deletes confirmed that each deleted resource is gone. A teardown whose report is not {@link
 * #verified()} can be run again: it finds what is left by the ingestion's identities.
 */
@Value.Immutable
public interface TeardownReport {

  /** The ingestion's name, whose identities ({@code "<name>: <step label>"}) were looked up. */
  String ingestionName();

  /** The resources this teardown deleted, in the order it deleted them. */
  List<TeardownItem> deleted();

  /**
   * The ingestion's resources that were already gone: a {@code DELETE} answered 404 (Catalog: an
   * empty array), or a given id no longer exists. A {@code DELETE} sent again by the retry policy
   * after a lost answer also answers 404 when its first attempt took effect; it is reported here too.
   */
  List<TeardownItem> alreadyGone();

  /**
   * The resources left in place, each with its {@link TeardownItem#reason()}: a base connection the
   * ingestion was given (not named {@code "<name>: base connection"}), a given id whose resource
   * has another name, and the mapping set (Data Prep's API has no {@code DELETE} for mapping sets).
   */
  List<TeardownItem> kept();

  /** Deleted resources that a read after the deletes still found (AEP may delete asynchronously); empty when {@link #verified()}. */
  List<TeardownItem> stillPresent();

  /** Whether a read after the deletes ({@code GET} by id answering 404) confirmed every deleted resource gone. */
  default boolean verified() {
    return stillPresent().isEmpty();
  }

  /** A new builder. */
  static ImmutableTeardownReport.Builder builder() {
    return ImmutableTeardownReport.builder();
  }
}
