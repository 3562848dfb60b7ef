package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aepsdk.flowservice.ScheduleParams;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The static rules of {@link InputRules} at their boundaries: the smallest interval each frequency
 * takes, the first start time that is read as epoch milliseconds, the destinations and sources that
 * pass. {@link IngestionStaticValidationTest} has each rule's error through the builder.
 */
class InputRulesBoundaryTest {
  private static final long START = IngestionPlatform.START.getEpochSecond();

  private static ScheduleParams schedule(String frequency, Integer interval, long start) {
    return ScheduleParams.builder().startTime(start).frequency(frequency).interval(Optional.ofNullable(interval)).build();
  }

  @Test
  void eachFrequencyTakesItsSmallestIntervalAndRefusesOneLess() {
    assertThat(InputRules.scheduleProblems(schedule("minute", 15, START))).isEmpty();
    assertThat(InputRules.scheduleProblems(schedule("minute", 14, START)))
        .containsExactly("schedule: interval for frequency 'minute' must be at least 15 (got 14)");
    for (String frequency : List.of("hour", "day", "week")) {
      assertThat(InputRules.scheduleProblems(schedule(frequency, 1, START))).as(frequency).isEmpty();
      assertThat(InputRules.scheduleProblems(schedule(frequency, 0, START)))
          .containsExactly("schedule: interval for frequency '" + frequency + "' must be at least 1 (got 0)");
      assertThat(InputRules.scheduleProblems(schedule(frequency, null, START)))
          .containsExactly("schedule: frequency '" + frequency + "' needs an interval");
    }
    assertThat(InputRules.scheduleProblems(schedule("minute", null, START)))
        .containsExactly("schedule: frequency 'minute' needs an interval");
    assertThat(InputRules.scheduleProblems(schedule("once", null, START))).isEmpty();
  }

  @Test
  void startTimesFromTheEpochOnAreSecondsAndFromTheYear5138OnMilliseconds() {
    assertThat(InputRules.scheduleProblems(schedule("once", null, 0))).isEmpty();
    assertThat(InputRules.scheduleProblems(schedule("once", null, 99_999_999_999L))).containsExactly(
        "schedule: startTime 99999999999 (5138-11-16T09:46:39Z) is more than a year away;"
            + " give the first run's time in epoch seconds");
    assertThat(InputRules.scheduleProblems(schedule("once", null, 100_000_000_000L))).containsExactly(
        "schedule: startTime 100000000000 looks like epoch milliseconds; give epoch seconds (100000000)");
    assertThat(InputRules.scheduleProblems(schedule("hour", 0, -1))).containsExactly(
        "schedule: interval for frequency 'hour' must be at least 1 (got 0)",
        "schedule: startTime must be epoch seconds after 1970 (got -1)");
  }

  @Test
  void destinationsAreDotPathsOfXdmNamesEachTargetedOnce() {
    assertThat(InputRules.destinationProblems(List.of(FieldMapping.of("a", "_repo.createDate"),
        FieldMapping.of("b", "person.name.firstName"), FieldMapping.of("c", "x")))).isEmpty();
    assertThat(InputRules.destinationProblems(List.of(FieldMapping.of("a", "person.name.first-name"),
        FieldMapping.of("b", "person.name.first-name"), FieldMapping.of("c", "1st.name")))).containsExactly(
        "mapping destination 'person.name.first-name' is not an XDM path in dot notation (e.g. person.name.firstName)",
        "mapping destination 'person.name.first-name' is not an XDM path in dot notation (e.g. person.name.firstName)",
        "mapping destination 'person.name.first-name' is the target of more than one mapping",
        "mapping destination '1st.name' is not an XDM path in dot notation (e.g. person.name.firstName)");
  }

  @Test
  void everyMappingSourceMustBeAColumnInTheColumnsOrder() {
    LinkedHashSet<String> columns = new LinkedHashSet<>(List.of("Vid", "Email"));
    assertThat(InputRules.sourceProblems(columns, List.of(FieldMapping.of("Email", "personalEmail.address"))))
        .isEmpty();
    assertThat(InputRules.sourceProblems(columns, List.of(FieldMapping.of("Phone", "a"), FieldMapping.of("Vid", "b"),
        FieldMapping.of("email", "c")))).containsExactly(
        "mapping source 'Phone' is not a source field [Vid, Email]",
        "mapping source 'email' is not a source field [Vid, Email]");
  }
}
