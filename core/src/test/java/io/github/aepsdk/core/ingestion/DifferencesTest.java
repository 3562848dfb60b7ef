package io.github.aepsdk.core.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a found resource's differences from the ingestion's step are worded and when they can all change in place. */
class DifferencesTest {

  @Test
  void equalValuesAndOptionalsHoldingThemAreNoDifference() {
    Differences d = new Differences().check("name", "Contacts", "Contacts").check("version", Optional.of(2L), 2L)
        .check("description", Optional.empty(), null).checkInPlace("mappings", List.of("a"), List.of("a"));

    assertThat(d.list()).isEmpty();
    assertThat(d.onlyInPlace()).as("nothing to change").isFalse();
  }

  @Test
  void eachDifferenceSaysTheFoundValueAndTheIngestionsInOrder() {
    Differences d = new Differences()
        .check("output schema", Optional.of("https://ns.adobe.com/tenant/schemas/1"), null)
        .check("description", Optional.empty(), "made by the SDK")
        .check("frequency", "hour", "day")
        .note("the base connection's credentials differ");

    assertThat(d.list()).containsExactly(
        "output schema is https://ns.adobe.com/tenant/schemas/1, the ingestion's is not created yet",
        "description is none, the ingestion's is made by the SDK",
        "frequency is hour, the ingestion's is day",
        "the base connection's credentials differ");
    assertThat(d.onlyInPlace()).isFalse();
  }

  @Test
  void differencesThatCanAllChangeInPlaceAreSaidSoAndOneThatCannotSpoilsIt() {
    Differences inPlace = new Differences().checkInPlace("schedule", "hour", "day").checkInPlace("mapping version", 1L, 1L)
        .checkInPlace("mappings", List.of("a"), List.of("b"));

    assertThat(inPlace.list()).containsExactly("schedule is hour, the ingestion's is day",
        "mappings is [a], the ingestion's is [b]");
    assertThat(inPlace.onlyInPlace()).isTrue();
    assertThat(inPlace.check("name", "old", "new").onlyInPlace()).isFalse();
    assertThat(new Differences().checkInPlace("schedule", "hour", "day").note("flow spec differs").onlyInPlace()).isFalse();
  }

  @Test
  void theListIsASnapshot() {
    Differences d = new Differences().check("name", "a", "b");
    List<String> before = d.list();

    d.check("description", "c", "d");

    assertThat(before).containsExactly("name is a, the ingestion's is b");
    assertThat(d.list()).hasSize(2);
  }
}
