package io.github.aepsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.aepsdk.core.error.AepAuthenticationException;
import io.github.aepsdk.core.error.AepIoException;
import io.github.aepsdk.core.http.AepHttp;
import io.github.aepsdk.core.http.RetryPolicy;
import io.github.aepsdk.testsupport.FakeClock;
import io.github.aepsdk.core.testing.CapturingLogger;
import io.github.aepsdk.core.testing.MockIms;
import io.github.aepsdk.core.testing.RecordingSleeper;
import io.github.aepsdk.core.testing.RefusingSocketFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OAuthServerToServerTokenProviderTest {
  private static final Duration DAY_MINUS_ONE_SECOND = Duration.ofSeconds(86399);

  private MockIms ims;
  private FakeClock clock;
  private RecordingSleeper sleeper;

  @BeforeEach
  void start() {
    ims = MockIms.start();
    clock = new FakeClock();
    sleeper = new RecordingSleeper();
  }

  @AfterEach
  void stop() {
    ims.close();
  }

  private OAuthServerToServerTokenProvider.Builder provider() {
    return OAuthServerToServerTokenProvider.builder()
        .clientId(MockIms.CLIENT_ID)
        .clientSecret(MockIms.CLIENT_SECRET)
        .scopes("openid,AdobeID", "read_organizations")
        .imsUrl(ims.url())
        .clock(clock)
        .httpOptions(AepHttp.Options.builder().sleeper(sleeper).clock(clock).build());
  }

  @Test
  void postsFormEncodedClientCredentialsToTokenV3() {
    String token = provider().build().accessToken();

    assertThat(token).isEqualTo(MockIms.token(1));
    RecordedRequest request = ims.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/ims/token/v3");
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(form(request)).containsExactly(
        Map.entry("grant_type", "client_credentials"),
        Map.entry("client_id", MockIms.CLIENT_ID),
        Map.entry("client_secret", MockIms.CLIENT_SECRET),
        Map.entry("scope", "openid,AdobeID,read_organizations"));
  }

  @Test
  void defaultScopesAreTheOnesAdobeDocumentsForAep() {
    OAuthServerToServerTokenProvider tokens = OAuthServerToServerTokenProvider.builder()
        .clientId(MockIms.CLIENT_ID).clientSecret(MockIms.CLIENT_SECRET).imsUrl(ims.url()).build();
    tokens.accessToken();

    assertThat(form(ims.takeRequest()).get("scope"))
        .isEqualTo("openid,session,AdobeID,read_organizations,additional_info.projectedProductContext");
    assertThat(tokens.tokenUrl().toString()).isEqualTo(ims.url() + "ims/token/v3");
  }

  @Test
  void tokenIsFetchedOnceForManySequentialCalls() {
    OAuthServerToServerTokenProvider tokens = provider().build();
    for (int i = 0; i < 100; i++) {
      assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(ims.requestCount()).isEqualTo(1);
  }

  @Test
  void expiresInIsSecondsSo86399MeansAboutADay() {
    Instant start = clock.instant();
    OAuthServerToServerTokenProvider tokens = provider().refreshMargin(Duration.ofMinutes(5)).build();
    AccessToken token = tokens.token();

    assertThat(token.obtainedAt()).isEqualTo(start);
    assertThat(token.expiresAt()).isEqualTo(start.plus(DAY_MINUS_ONE_SECOND));

    clock.advance(Duration.ofSeconds(87));            // past 86 s: had it been read as milliseconds
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));
    clock.advance(Duration.ofHours(23));              // still within the day
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));
    assertThat(ims.requestCount()).isEqualTo(1);

    clock.advance(Duration.ofHours(1));               // 24 h later: a new token, not 1000 days later
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(2));
    assertThat(ims.requestCount()).isEqualTo(2);
  }

  @Test
  void refreshesOnceTheClockPassesExpiryMinusTheMargin() {
    Duration margin = Duration.ofMinutes(10);
    OAuthServerToServerTokenProvider tokens = provider().refreshMargin(margin).build();
    tokens.accessToken();

    clock.advance(DAY_MINUS_ONE_SECOND.minus(margin).minusSeconds(1));
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));
    assertThat(ims.requestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));             // exactly expiry - margin
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(2));
    assertThat(ims.requestCount()).isEqualTo(2);
    assertThat(tokens.cachedToken().orElseThrow().expiresAt()).isEqualTo(clock.instant().plus(DAY_MINUS_ONE_SECOND));
  }

  @Test
  void marginLargerThanHalfTheLifetimeRefreshesAtHalfLife() {
    ims.expiresIn("60");
    OAuthServerToServerTokenProvider tokens = provider().refreshMargin(Duration.ofMinutes(5)).build();
    tokens.accessToken();

    clock.advance(Duration.ofSeconds(29));
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(2));
  }

  @Test
  void lifetimeIsCappedAtADaySoAMillisecondValueCannotKeepATokenForYears() {
    ims.expiresIn("86399992");   // the deprecated JWT exchange documents milliseconds
    Instant start = clock.instant();
    AccessToken token = provider().build().token();
    assertThat(token.expiresAt()).isEqualTo(start.plus(Duration.ofHours(24)));
  }

  @Test
  void expiresInSentAsAStringIsAccepted() {
    ims.enqueue(json(200, "{\"access_token\":\"" + MockIms.token(7) + "\",\"token_type\":\"bearer\",\"expires_in\":\"3600\"}"));
    Instant start = clock.instant();
    AccessToken token = provider().build().token();
    assertThat(token.value()).isEqualTo(MockIms.token(7));
    assertThat(token.expiresAt()).isEqualTo(start.plusSeconds(3600));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"access_token\":\"%s\",\"token_type\":\"bearer\"}", "{\"access_token\":\"%s\"}",
      "{\"access_token\":\"%s\",\"expires_in\":null}"})
  void aTokenAnswerWithoutLifetimeIsUsedForTheAssumedHourAndTheDebugLogSaysSo(String answer) {
    CapturingLogger log = new CapturingLogger("ims");
    ims.enqueue(json(200, String.format(answer, MockIms.token(7))));
    Instant start = clock.instant();
    OAuthServerToServerTokenProvider tokens = provider().refreshMargin(Duration.ofMinutes(5))
        .httpOptions(AepHttp.Options.builder().sleeper(sleeper).clock(clock).logger(log).build()).build();

    AccessToken token = tokens.token();

    assertThat(token.value()).isEqualTo(MockIms.token(7));
    assertThat(token.expiresAt()).isEqualTo(start.plus(OAuthServerToServerTokenProvider.ASSUMED_LIFETIME))
        .isEqualTo(start.plus(Duration.ofHours(1)));
    assertThat(log.lines()).contains("DEBUG the IMS token answer has no expires_in: assuming the token lasts 3600 s"
        + " (IMS tokens last about 24 h; a 401 before then gets a new one)");
    clock.advance(Duration.ofMinutes(55).minusSeconds(1));
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(7));
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.accessToken()).as("replaced at the assumed lifetime minus the margin").isNotEqualTo(MockIms.token(7));
  }

  static Stream<Arguments> unusableTokenAnswers() {
    return Stream.of(
        Arguments.of("{\"token_type\":\"bearer\",\"expires_in\":86399}", "no access_token"),
        Arguments.of("{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":\"soon\"}", "no positive expires_in"),
        Arguments.of("{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":0}", "no positive expires_in"),
        Arguments.of("{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":-5}", "no positive expires_in"),
        Arguments.of("{\"access_token\":\"abc\",\"token_type\":\"mac\",\"expires_in\":86399}", "expected bearer"),
        Arguments.of("{\"access_token\":\"a\\r\\nb\",\"token_type\":\"bearer\",\"expires_in\":86399}", "unusable access_token"),
        Arguments.of("[]", "not a JSON object"),
        Arguments.of("<html>ok</html>", "not a JSON object"));
  }

  @ParameterizedTest
  @MethodSource("unusableTokenAnswers")
  void unusableSuccessAnswerIsAnAuthenticationException(String body, String expected) {
    ims.enqueue(json(200, body));
    assertThatThrownBy(() -> provider().build().accessToken())
        .isInstanceOf(AepAuthenticationException.class)
        .hasMessageContaining(expected);
  }

  /** OAuth 2.0 error codes (RFC 6749 §5.2) as IMS sends them: {"error": …, "error_description": …}. */
  static Stream<Arguments> imsErrors() {
    return Stream.of(
        Arguments.of(400, "invalid_client", "invalid client_id parameter"),
        Arguments.of(401, "invalid_client", "invalid client_secret parameter"),
        Arguments.of(400, "invalid_scope", "Invalid scope requested: AdobeID"),
        Arguments.of(400, "unsupported_grant_type", "grant_type is not supported"),
        Arguments.of(400, "invalid_request", "missing client_secret"),
        Arguments.of(401, "unauthorized_client", "client " + MockIms.CLIENT_ID + " may not use client_credentials"),
        // a description that echoes the secret must not carry it into the exception
        Arguments.of(400, "invalid_client", "bad secret " + MockIms.CLIENT_SECRET));
  }

  @ParameterizedTest
  @MethodSource("imsErrors")
  void imsErrorBecomesAuthenticationExceptionNamingTheImsErrorAndNeverTheSecret(int status, String error, String description) {
    ims.enqueueError(status, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");

    assertThatThrownBy(() -> provider().build().accessToken())
        .asInstanceOf(type(AepAuthenticationException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.imsError()).hasValue(error);
          assertThat(e.getMessage()).contains("HTTP " + status).contains(error);
          assertThat(e.getMessage()).contains(description.replace(MockIms.CLIENT_SECRET, "****"));
          assertThat(everything(e)).doesNotContain(MockIms.CLIENT_SECRET);
        });
    assertThat(ims.requestCount()).isEqualTo(1);   // an IMS refusal is not retried
  }

  @Test
  void imsGatewayErrorsAreRetriedThenTheTokenIsObtained() {
    ims.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
    ims.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body("<html>bad gateway</html>").build());

    assertThat(provider().build().accessToken()).isEqualTo(MockIms.token(1));
    assertThat(ims.requestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void imsServerErrorAfterRetriesIsAnAuthenticationExceptionWithTheBodyExcerpt() {
    for (int i = 0; i < 3; i++) {
      ims.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "text/plain").body("maintenance").build());
    }
    assertThatThrownBy(() -> provider().build().accessToken())
        .asInstanceOf(type(AepAuthenticationException.class))
        .satisfies(e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.imsError()).isEmpty();
          assertThat(e.getMessage()).contains("HTTP 503").contains("maintenance");
        });
    assertThat(ims.requestCount()).isEqualTo(3);
  }

  @Test
  void unreachableImsIsAnAuthenticationExceptionCausedByTheIoFailure() {
    RefusingSocketFactory sockets = RefusingSocketFactory.always();
    OAuthServerToServerTokenProvider tokens = provider().httpClient(new OkHttpClient.Builder().socketFactory(sockets).build()).build();

    assertThatThrownBy(tokens::accessToken)
        .asInstanceOf(type(AepAuthenticationException.class))
        .satisfies(e -> {
          assertThat(e.status()).isZero();
          assertThat(e.getMessage()).startsWith("could not obtain an access token from Adobe IMS at " + ims.url()
              + "ims/token/v3").contains("giving up after 3 attempts");
          assertThat(e.getCause()).asInstanceOf(type(AepIoException.class)).satisfies(io -> {
            assertThat(io.mayHaveReachedServer()).isFalse();
            assertThat(io.attempts()).isEqualTo(3);
          });
          assertThat(everything(e)).doesNotContain(MockIms.CLIENT_SECRET);
        });
    assertThat(sockets.refused()).isEqualTo(3);
    assertThat(ims.requestCount()).isZero();
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void concurrentCallersShareOneImsRequest() throws Exception {
    ims.delay(Duration.ofMillis(300));
    OAuthServerToServerTokenProvider tokens = provider().build();
    List<String> seen = runConcurrently(32, tokens::accessToken);

    assertThat(seen).hasSize(32).containsOnly(MockIms.token(1));
    assertThat(ims.requestCount()).isEqualTo(1);
  }

  @Test
  void concurrentCallersShareOneFailureToo() throws Exception {
    ims.delay(Duration.ofMillis(300));
    ims.enqueueError(401, "{\"error\":\"invalid_client\",\"error_description\":\"invalid client_secret parameter\"}");
    OAuthServerToServerTokenProvider tokens = provider().build();
    List<String> seen = runConcurrently(16, () -> {
      try {
        return tokens.accessToken();
      } catch (AepAuthenticationException e) {
        return e.imsError().orElse("?");
      }
    });

    assertThat(seen).hasSize(16).containsOnly("invalid_client");
    assertThat(ims.requestCount()).isEqualTo(1);
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));   // not cached: the next call asks again
  }

  @Test
  void invalidateDropsOnlyTheGivenToken() {
    OAuthServerToServerTokenProvider tokens = provider().build();
    String first = tokens.accessToken();

    tokens.invalidate("some-other-token");
    assertThat(tokens.accessToken()).isEqualTo(first);
    tokens.invalidate(first);
    assertThat(tokens.cachedToken()).isEmpty();
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(2));
    tokens.invalidate(first);                          // a late duplicate does not drop the new one
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(2));
    assertThat(ims.requestCount()).isEqualTo(2);
  }

  @Test
  void failedEarlyRefreshKeepsTheStillValidTokenAndTriesAgainLater() {
    OAuthServerToServerTokenProvider tokens = provider().refreshMargin(Duration.ofMinutes(5)).build();
    tokens.accessToken();
    clock.advance(DAY_MINUS_ONE_SECOND.minus(Duration.ofMinutes(4)));   // inside the margin, not expired
    ims.enqueueError(400, "{\"error\":\"invalid_client\",\"error_description\":\"temporarily unknown\"}");

    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(1));
    assertThat(ims.requestCount()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(30));
    assertThat(tokens.accessToken()).isEqualTo(MockIms.token(2));
    assertThat(ims.requestCount()).isEqualTo(3);
  }

  @Test
  void failedRefreshOfAnExpiredTokenIsThrown() {
    OAuthServerToServerTokenProvider tokens = provider().build();
    tokens.accessToken();
    clock.advance(Duration.ofDays(2));
    ims.enqueueError(400, "{\"error\":\"invalid_client\",\"error_description\":\"client disabled\"}");

    assertThatThrownBy(tokens::accessToken)
        .isInstanceOf(AepAuthenticationException.class)
        .hasMessageContaining("invalid_client");
  }

  @Test
  void toStringsMaskTheSecretAndTheToken() {
    OAuthServerToServerTokenProvider tokens = provider().build();
    AccessToken token = tokens.token();

    assertThat(tokens.toString()).doesNotContain(MockIms.CLIENT_SECRET).contains("clientSecret=****")
        .doesNotContain(MockIms.CLIENT_ID).contains("/ims/token/v3");
    assertThat(token.toString()).doesNotContain(token.value()).contains("****");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://ims-na1.adobelogin.com", "http://10.0.0.1:8080", "ftp://ims", "not a url"})
  void imsUrlMustBeHttpsUnlessLoopback(String url) {
    assertThatThrownBy(() -> provider().imsUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("imsUrl ");
  }

  @Test
  void httpsAndLoopbackImsUrlsAreAccepted() {
    assertThat(provider().imsUrl("https://ims-na1.adobelogin.com").build().tokenUrl().toString())
        .isEqualTo("https://ims-na1.adobelogin.com/ims/token/v3");
    assertThat(provider().imsUrl("http://localhost:4567").build().tokenUrl().toString())
        .isEqualTo("http://localhost:4567/ims/token/v3");
    assertThat(OAuthServerToServerTokenProvider.builder().clientId("id").clientSecret("s").build().tokenUrl().toString())
        .isEqualTo("https://ims-na1.adobelogin.com/ims/token/v3");
  }

  static Stream<Arguments> invalidCredentials() {
    return Stream.of(
        Arguments.of(null, MockIms.CLIENT_SECRET, "clientId must be set"),
        Arguments.of(MockIms.CLIENT_ID, null, "clientSecret must be set"),
        Arguments.of(MockIms.CLIENT_ID, " ", "clientSecret must be set"),
        Arguments.of("id\r\nX-Injected: 1", MockIms.CLIENT_SECRET, "clientId must not contain CR, LF"),
        Arguments.of(MockIms.CLIENT_ID, MockIms.CLIENT_SECRET + "\n", "clientSecret must not contain CR, LF"));
  }

  @ParameterizedTest
  @MethodSource("invalidCredentials")
  void invalidCredentialsAreRefusedAtBuildTimeWithoutEchoingThem(String id, String secret, String message) {
    assertThatThrownBy(() -> provider().clientId(id).clientSecret(secret).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MockIms.CLIENT_SECRET));
  }

  @Test
  void scopesAreCheckedAtBuildTime() {
    assertThatThrownBy(() -> provider().scopes(",,"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scopes must name at least one scope");
    assertThatThrownBy(() -> provider().scopes("openid AdobeID"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
    assertThat(provider().scopes(" openid , AdobeID ").build().scopes()).containsExactly("openid", "AdobeID");
  }

  @Test
  void noRetriesMeansOneImsRequest() {
    ims.enqueue(new MockResponse.Builder().code(503).build());
    OAuthServerToServerTokenProvider tokens = provider()
        .httpOptions(AepHttp.Options.builder().retryPolicy(RetryPolicy.none()).sleeper(sleeper).build()).build();
    assertThatThrownBy(tokens::accessToken).isInstanceOf(AepAuthenticationException.class).hasMessageContaining("HTTP 503");
    assertThat(ims.requestCount()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------

  static Map<String, String> form(RecordedRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : request.getBody().utf8().split("&")) {
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** Message, toString and stack trace (causes included) of {@code t}. */
  static String everything(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t.getMessage() + "\n" + t + "\n" + out;
  }

  static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return task.call();
        }));
      }
      ready.await();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
