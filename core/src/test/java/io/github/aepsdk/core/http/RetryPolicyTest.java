package io.github.aepsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link RetryPolicy}'s defaults, limits, jitter bounds and value semantics (the wire behaviour is in {@link RetryTest}). */
class RetryPolicyTest {

  @Test
  void theDefaultsAreThreeAttemptsFromHalfASecondUpToEightSecondsAndAMinuteOfRetryAfter() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThat(defaults.baseDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(8));
    assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults).isEqualTo(RetryPolicy.builder().build())
        .hasToString("RetryPolicy[maxAttempts=3, baseDelay=PT0.5S, maxDelay=PT8S, maxRetryAfter=PT1M]");
    assertThat(RetryPolicy.none()).isEqualTo(RetryPolicy.builder().maxAttempts(1).build());
  }

  @Test
  void attemptsAreOneToTwentyAndDurationsZeroOrMore() {
    assertThat(RetryPolicy.builder().maxAttempts(1).build().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.builder().maxAttempts(20).build().maxAttempts()).isEqualTo(20);
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(21)).hasMessage("maxAttempts must be between 1 and 20, was 21");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessage("maxAttempts must be between 1 and 20, was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(Duration.ofNanos(-1))).hasMessage("maxDelay must be zero or positive");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(null)).hasMessage("maxRetryAfter must be zero or positive");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(null)).hasMessage("baseDelay must be zero or positive");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1)).build())
        .hasMessage("baseDelay (PT2S) must not exceed maxDelay (PT1S)");
    RetryPolicy zero = RetryPolicy.builder().baseDelay(Duration.ZERO).maxDelay(Duration.ZERO).maxRetryAfter(Duration.ZERO).build();
    assertThat(zero.maxDelay()).isZero();
    assertThat(zero.maxRetryAfter()).isZero();
    assertThat(zero.backoff(1, 0)).isZero();
  }

  @Test
  void theJitterTakesAtMostAQuarterOffAndOutOfRangeRandomsAreClamped() {
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(400)).maxDelay(Duration.ofSeconds(8)).build();
    assertThat(policy.backoff(1, 1.0)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoff(1, 7.0)).as("above 1: a quarter off").isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoff(1, -3.0)).as("below 0: nothing off").isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(700));
    assertThat(policy.backoff(3, 0)).isEqualTo(Duration.ofMillis(1600));
    assertThatThrownBy(() -> policy.backoff(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessage("retry must be >= 1");
  }

  @Test
  void aBaseDelayEqualToTheCapStaysAtTheCap() {
    RetryPolicy flat = RetryPolicy.builder().baseDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(5)).build();
    assertThat(flat.backoff(1, 0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(flat.backoff(2, 0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(flat.backoff(64, 0)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void policiesAreEqualWhenEverySettingIs() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofSeconds(1))
        .maxDelay(Duration.ofSeconds(10)).maxRetryAfter(Duration.ofSeconds(30)).build();
    RetryPolicy same = policy.toBuilder().build();

    assertThat(same).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(same.maxAttempts()).isEqualTo(4);
    assertThat(same.baseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(same.maxDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(same.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.toBuilder().maxAttempts(5).build()).isNotEqualTo(policy);
    assertThat(policy.toBuilder().baseDelay(Duration.ofSeconds(2)).build()).isNotEqualTo(policy);
    assertThat(policy.toBuilder().maxDelay(Duration.ofSeconds(11)).build()).isNotEqualTo(policy);
    assertThat(policy.toBuilder().maxRetryAfter(Duration.ofSeconds(31)).build()).isNotEqualTo(policy);
    assertThat(policy).isNotEqualTo("RetryPolicy");
  }
}
