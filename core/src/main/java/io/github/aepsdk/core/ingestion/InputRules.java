package io.github.aepsdk.core.ingestion;

import io.github.aepsdk.flowservice.ScheduleParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a {@link MarketingAutomationIngestion}'s input must follow that need no answer from
 * AEP: required values, XDM names and paths, the schedule's frequency and interval, the readiness
 * wait and the wait for the first run, and the shape of every id. Checked before the first request.
 */
final class InputRules {
  private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern XDM_ID = Pattern.compile("https://ns\\.adobe\\.com/\\S+");
  private static final Pattern DATASET_ID = Pattern.compile("[0-9a-fA-F]{24}");
  private static final Pattern MAPPING_SET_ID = Pattern.compile("[0-9a-fA-F]{32}");
  private static final Pattern XDM_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Epoch seconds this large are the year 5138: such a start time was given in milliseconds. */
  private static final long EPOCH_MILLIS = 100_000_000_000L;
  /** A schedule that starts later than this was almost always given in the wrong unit or year. */
  private static final Duration LATEST_START = Duration.ofDays(366);

  private final MarketingAutomationIngestion.Builder in;

  InputRules(MarketingAutomationIngestion.Builder in) {
    this.in = in;
  }

  /** Every problem of the input that needs no request to AEP, one sentence each. */
  List<String> problems() {
    List<String> p = new ArrayList<>();
    // A base connection resumed from a failed run counts as given, whether that run named it or created it.
    boolean hasBase = in.knownBaseConnectionId().isPresent();
    if (in.baseConnectionId != null && in.auth != null) {
      p.add("give either baseConnectionId(...) or createBaseConnection(...), not both");
    } else if (!hasBase && in.auth == null) {
      p.add("a base connection is required: baseConnectionId(...) or createBaseConnection(...)");
    }
    if (in.name != null && (in.name.isBlank() || !in.name.equals(in.name.strip())
        || in.name.chars().anyMatch(Character::isISOControl))) {
      p.add("name '" + in.name + "' must not be blank, start or end with a space, or hold a control character:"
          + " the resources are found again by it");
    }
    if (in.requestForm == null) {
      p.add("requestForm must be RequestForm.CURRENT_DOCS (the default) or RequestForm.TUTORIAL_2020, not null");
    }
    if (in.sourcePath == null || in.sourcePath.isBlank()) {
      p.add("sourcePath is required (the table to collect, e.g. \"Hubspot.Contacts\")");
    }
    if (in.discover && !in.fields.isEmpty()) {
      p.add("give either sourceFields(...) or discoverSourceFields(), not both");
    } else if (!in.discover && in.fields.isEmpty()) {
      p.add("source fields are required: sourceField(...) for each column, or discoverSourceFields()");
    }
    if (in.discover && !hasBase) {
      p.add("discoverSourceFields() explores an existing base connection: give baseConnectionId(...)");
    }
    Set<String> names = new LinkedHashSet<>();
    for (SourceField f : in.fields) {
      if (!COLUMN.matcher(f.name()).matches()) {
        p.add("source field '" + f.name() + "' is not a valid XDM field name (letters, digits, underscore)");
      }
      if (!names.add(f.name())) {
        p.add("source field '" + f.name() + "' is given twice");
      }
    }
    if (in.mappings.isEmpty()) {
      p.add("at least one mapping(source, xdmPath) is required");
    }
    p.addAll(destinationProblems(in.mappings));
    if (!in.discover && !in.fields.isEmpty()) { // with no fields at all, "source fields are required" says it
      p.addAll(sourceColumnProblems(in.fields));
    }
    p.addAll(scheduleProblems(in.schedule));
    p.addAll(firstRunProblems());
    if (in.readinessTimeout == null || in.readinessTimeout.isNegative()) {
      p.add("waitUntilEnabled: the timeout must be zero or more, was " + in.readinessTimeout);
    }
    if (in.readinessInterval == null || in.readinessInterval.isZero() || in.readinessInterval.isNegative()) {
      p.add("waitUntilEnabled: the poll interval must be more than zero, was " + in.readinessInterval);
    }
    checkIds(p);
    return p;
  }

  private List<String> firstRunProblems() {
    List<String> p = new ArrayList<>();
    if (in.firstRunTimeout != null && in.firstRunTimeout.isNegative()) {
      p.add("waitForFirstRun: timeout must not be negative (got " + in.firstRunTimeout + ")");
    }
    if (in.firstRunTimeout != null && (in.pollInterval == null || in.pollInterval.isNegative() || in.pollInterval.isZero())) {
      p.add("waitForFirstRun: pollInterval must be more than zero (got " + in.pollInterval + "); AEP's runs take"
          + " minutes, Adobe's tools poll every 30 seconds");
    }
    if (in.maxFailedRecords < 0) {
      p.add("maxFailedRecords must not be negative (got " + in.maxFailedRecords + ")");
    }
    return p;
  }

  /** Mapping destinations that are no XDM path in dot notation, or the target of more than one mapping. */
  static List<String> destinationProblems(List<FieldMapping> mappings) {
    List<String> p = new ArrayList<>();
    Set<String> destinations = new LinkedHashSet<>();
    for (FieldMapping m : mappings) {
      if (!XDM_PATH.matcher(m.destination()).matches()) {
        p.add("mapping destination '" + m.destination() + "' is not an XDM path in dot notation (e.g. person.name.firstName)");
      }
      if (!destinations.add(m.destination())) {
        p.add("mapping destination '" + m.destination() + "' is the target of more than one mapping");
      }
    }
    return p;
  }

  static List<String> scheduleProblems(ScheduleParams s) {
    List<String> p = new ArrayList<>();
    if (s == null) {
      p.add("schedule is required, e.g. ScheduleParams.once(Instant.now())");
      return p;
    }
    switch (s.frequencyValue()) {
      case ONCE:
        s.interval().ifPresent(i -> p.add("schedule: frequency 'once' takes no interval (got " + i + ")"));
        break;
      case MINUTE:
        checkInterval(s, 15, p);
        break;
      case HOUR:
      case DAY:
      case WEEK:
        checkInterval(s, 1, p);
        break;
      default:
        p.add("schedule: frequency '" + s.frequency() + "' is not one of once, minute, hour, day, week");
    }
    if (s.startTime() < 0) {
      p.add("schedule: startTime must be epoch seconds after 1970 (got " + s.startTime() + ")");
    } else if (s.startTime() >= EPOCH_MILLIS) {
      p.add("schedule: startTime " + s.startTime() + " looks like epoch milliseconds; give epoch seconds ("
          + s.startTime() / 1000 + ")");
    } else if (s.startInstant().isAfter(Instant.now().plus(LATEST_START))) {
      p.add("schedule: startTime " + s.startTime() + " (" + s.startInstant() + ") is more than a year away;"
          + " give the first run's time in epoch seconds");
    }
    return p;
  }

  private static void checkInterval(ScheduleParams s, int minimum, List<String> p) {
    if (s.interval().isEmpty()) {
      p.add("schedule: frequency '" + s.frequency() + "' needs an interval");
    } else if (s.interval().get() < minimum) {
      p.add("schedule: interval for frequency '" + s.frequency() + "' must be at least " + minimum + " (got " + s.interval().get() + ")");
    }
  }

  private void checkIds(List<String> p) {
    checkId(p, "baseConnectionId", in.baseConnectionId, UUID);
    checkId(p, "connectionSpecId", in.connectionSpecId, UUID);
    checkId(p, "targetClassId", in.targetClassId, XDM_ID);
    in.fieldGroupIds.forEach(id -> checkId(p, "field group id", id, XDM_ID));
    for (Map.Entry<IngestionStep, String> e : in.resume.ids().entrySet()) {
      checkId(p, "resumed " + e.getKey().label() + " id", e.getValue(), idPattern(e.getKey()));
    }
  }

  private static Pattern idPattern(IngestionStep step) {
    switch (step) {
      case ADHOC_CLASS:
      case ADHOC_SCHEMA:
      case TARGET_SCHEMA:
        return XDM_ID;
      case DATASET:
        return DATASET_ID;
      case MAPPING_SET:
        return MAPPING_SET_ID;
      default:
        return UUID;
    }
  }

  private static void checkId(List<String> p, String what, String id, Pattern pattern) {
    if (id != null && !pattern.matcher(id).matches()) {
      p.add(what + " '" + id + "' is malformed (expected " + describe(pattern) + ")");
    }
  }

  private static String describe(Pattern pattern) {
    if (pattern == UUID) {
      return "a UUID such as c6d4ee17-6752-4e83-94ee-1767522e83fa";
    }
    if (pattern == XDM_ID) {
      return "an XDM $id such as https://ns.adobe.com/xdm/context/profile";
    }
    return pattern == DATASET_ID ? "24 hexadecimal digits" : "32 hexadecimal digits";
  }

  /** Mappings whose source, and a delta column that, is not one of {@code fields}. */
  List<String> sourceColumnProblems(List<SourceField> fields) {
    Set<String> columns = new LinkedHashSet<>();
    fields.forEach(f -> columns.add(f.name()));
    List<String> p = sourceProblems(columns, in.mappings);
    if (in.deltaColumn != null && !columns.contains(in.deltaColumn.name())) {
      p.add("deltaColumn '" + in.deltaColumn.name() + "' is not a source field " + columns
          + ": the Copy transformation reads new records by it; give one of those columns");
    }
    return p;
  }

  /** Mappings whose source is not one of {@code columns}. */
  static List<String> sourceProblems(Set<String> columns, List<FieldMapping> mappings) {
    List<String> p = new ArrayList<>();
    mappings.stream().filter(m -> !columns.contains(m.source()))
        .forEach(m -> p.add("mapping source '" + m.source() + "' is not a source field " + columns));
    return p;
  }
}
