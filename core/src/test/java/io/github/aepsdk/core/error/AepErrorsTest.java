package io.github.aepsdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.github.aepsdk.core.json.AepJson;
import io.github.aepsdk.testsupport.AepReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented error body in {@code examples/errors} is read by {@link AepErrors#fromResponse}
 * into the exception of its status with the AEP code, title, detail and request id of the body.
 */
class AepErrorsTest {
  private static final String SR_REQUEST_ID = "a15996b5-5133-4cec-9bf7-7d1207904ae3";
  private static final String METHOD = "GET";
  private static final String PATH = "/data/foundation/flowservice/flows/84224def-1e2a-4d95-9ea2-132d697ed2aa";

  /**
   * file (under examples/errors), HTTP status, exception class, AEP code, title, the body member
   * the detail must come from, the start of the detail, request id. A null means "absent".
   */
  static Stream<Arguments> errorFiles() {
    return Stream.of(
        row("flowservice-FLOW-1439-404-not-found.json", 404, NotFoundException.class,
            "FLOW-1439-404", "Resource not found", "report.detailed-message",
            "The requested flows resource 84224def-1e2a-4d95-9ea2-132d697ed2aa is not found.", "{REQUEST_ID}"),
        row("flowservice-FLOW-2120-403-forbidden.json", 403, ForbiddenException.class,
            "FLOW-2120-403", "Forbidden", "report.detailed-message",
            "You do not have sufficient permissions to perform the operation.", "{REQUEST_ID}"),
        // The doc does not state the status of a stale If-Match; Flow Service's error catalog calls it 1404-412.
        row("flowservice-etag-mismatch.json", 412, PreconditionFailedException.class,
            null, null, "errorMessage", "Supplied version=[", null),
        row("gateway-400003-missing-header.json", 400, BadRequestException.class,
            "400003", null, "message", "Missing header", null),
        row("gateway-401013-oauth-token-invalid.json", 401, UnauthorizedException.class,
            "401013", null, "message", "Oauth token is not valid", null),
        row("gateway-403000-api-key-required.json", 403, ForbiddenException.class,
            "403000", null, "message", "Api Key is required", null),
        row("gateway-403003-api-key-invalid.json", 403, ForbiddenException.class,
            "403003", null, "message", "Api Key is invalid", null),
        row("gateway-403010-oauth-token-missing.json", 403, ForbiddenException.class,
            "403010", null, "message", "Oauth token is missing.", null),
        row("gateway-403025-profile-not-valid.json", 403, ForbiddenException.class,
            "403025", null, "message", "Profile is not valid", null),
        row("gateway-403027-user-region-missing.json", 403, ForbiddenException.class,
            "403027", null, "message", "User region is missing", null),
        // The type is a placeholder URI: there is no AEP code in it.
        row("platform-400-content-type-missing.json", 400, BadRequestException.class,
            null, "BadRequestError", "detail", "A valid content-type must be specified", null),
        row("schemaregistry-XDM-1006-400-accept-header-invalid.json", 400, BadRequestException.class,
            "XDM-1006-400", "Accept header invalid", "detail", "The supplied Accept header is not valid:", SR_REQUEST_ID),
        row("schemaregistry-XDM-1010-404-not-found.json", 404, NotFoundException.class,
            "XDM-1010-404", "Resource not found", "detail", "The requested class resource https://ns.adobe.com/", SR_REQUEST_ID),
        row("schemaregistry-XDM-1021-400-namespace-validation.json", 400, BadRequestException.class,
            "XDM-1021-400", "Namespace validation error", "detail", "A custom field is defined under an invalid namespace.", SR_REQUEST_ID),
        row("schemaregistry-XDM-1413-400-merge-incompatible.json", 400, BadRequestException.class,
            "XDM-1413-400", "Merge Schema Error", "detail", "Cannot merge incompatible data types.", SR_REQUEST_ID),
        row("schemaregistry-XDM-1521-400-title-not-unique.json", 400, BadRequestException.class,
            "XDM-1521-400", "Title not unique", "detail", "Object titles must be unique.", SR_REQUEST_ID),
        row("schemaregistry-XDM-1528-400-union-needs-identity.json", 400, BadRequestException.class,
            "XDM-1528-400", "Union descriptor validation error", "detail", "To participate in a union,", SR_REQUEST_ID));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorFiles")
  void documentedErrorBodyIsRead(String file, int status, Class<? extends AepServiceException> type, String code,
      String title, String detailMember, String detailStart, String requestId) {
    String body = AepReference.read("examples/errors/" + file);
    statusInFileName(file).ifPresent(named -> assertThat(status).as("status named in the file name").isEqualTo(named));

    AepServiceException e = AepErrors.fromResponse(status, body, null, METHOD, PATH);

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(Optional.ofNullable(code));
    assertThat(e.title()).isEqualTo(Optional.ofNullable(title));
    assertThat(e.detail()).hasValue(member(body, detailMember));
    assertThat(e.detail().orElseThrow()).startsWith(detailStart);
    assertThat(e.requestId()).isEqualTo(Optional.ofNullable(requestId));
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.method()).isEqualTo(METHOD);
    assertThat(e.path()).isEqualTo(PATH);
    assertThat(e.getMessage())
        .startsWith(METHOD + " " + PATH + " failed with HTTP " + status)
        .contains(detailStart);
    if (code != null) {
      assertThat(e.getMessage()).contains("[" + code + "]");
    }
  }

  @Test
  void theTableCoversEveryDocumentedErrorFile() throws IOException {
    List<String> covered = errorFiles().map(a -> (String) a.get()[0]).collect(Collectors.toList());
    try (Stream<Path> files = Files.list(AepReference.root().resolve("examples/errors"))) {
      assertThat(covered).containsExactlyInAnyOrderElementsOf(
          files.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
    }
  }

  @Test
  void requestIdHeaderWinsOverTheBodyPlaceholder() {
    AepServiceException e = AepErrors.fromResponse(404,
        AepReference.read("examples/errors/flowservice-FLOW-1439-404-not-found.json"), "req-123", METHOD, PATH);
    assertThat(e.requestId()).hasValue("req-123");
    assertThat(e.getMessage()).endsWith("(request id req-123)");
  }

  @Test
  void htmlBodyGivesAClearServerError() {
    String html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    AepServiceException e = AepErrors.fromResponse(502, html, null, "POST", "/data/foundation/flowservice/flows");

    assertThat(e).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.title()).isEmpty();
    assertThat(e.detail()).isEmpty();
    assertThat(e.rawBody()).isEqualTo(html);
    assertThat(e.getMessage())
        .isEqualTo("POST /data/foundation/flowservice/flows failed with HTTP 502: <html> <head><title>502 Bad Gateway</title></head>"
            + " <body> <center><h1>502 Bad Gateway</h1></center> </body> </html>");
  }

  @Test
  void emptyBodyGivesTheStatus() {
    AepServiceException e = AepErrors.fromResponse(503, "", null, "GET", "/data/foundation/catalog/dataSets");
    assertThat(e).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(e.getMessage()).isEqualTo("GET /data/foundation/catalog/dataSets failed with HTTP 503");
    assertThat(e.rawBody()).isEmpty();

    AepServiceException nullBody = AepErrors.fromResponse(404, null, null, "GET", "/data/foundation/catalog/dataSets/x");
    assertThat(nullBody).isExactlyInstanceOf(NotFoundException.class);
    assertThat(nullBody.getMessage()).isEqualTo("GET /data/foundation/catalog/dataSets/x failed with HTTP 404");
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(412, PreconditionFailedException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(500, ServerErrorException.class),
        Arguments.of(503, ServerErrorException.class),
        Arguments.of(418, AepServiceException.class));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("statuses")
  void statusPicksTheSubclass(int status, Class<? extends AepServiceException> type) {
    assertThat(AepErrors.fromResponse(status, "{}", null, "GET", "/x")).isExactlyInstanceOf(type);
  }

  @Test
  void nonObjectJsonBodyIsKeptRaw() {
    AepServiceException e = AepErrors.fromResponse(400, "\"bad request\"", null, "GET", "/x");
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.detail()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("GET /x failed with HTTP 400: \"bad request\"");
  }

  @Test
  void aBodyThatIsAnArrayOfErrorsIsReadFromItsFirstObject() {
    AepServiceException e = AepErrors.fromResponse(403, "[{\"error_code\":\"403003\",\"message\":\"Api Key is invalid\"}]",
        null, "GET", "/x");
    assertThat(e.errorCode()).contains("403003");

    AepServiceException strings = AepErrors.fromResponse(400, "[\"bad\"]", null, "GET", "/x");
    assertThat(strings.errorCode()).isEmpty();
    assertThat(strings.getMessage()).isEqualTo("GET /x failed with HTTP 400: [\"bad\"]");
  }

  // ---------------------------------------------------------------- helpers

  private static Arguments row(String file, int status, Class<? extends AepServiceException> type, String code,
      String title, String detailMember, String detailStart, String requestId) {
    return Arguments.of(file, status, type, code, title, detailMember, detailStart, requestId);
  }

  private static final Pattern STATUS_IN_NAME = Pattern.compile("-(?:[A-Z]+-\\d+-)?(\\d{3})(?:\\d{3})?-");

  /** The status a file name carries: {@code XDM-1010-404} → 404, gateway {@code 401013} → 401. */
  private static Optional<Integer> statusInFileName(String file) {
    Matcher m = STATUS_IN_NAME.matcher(file);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** A string member of the JSON body, {@code a.b} for nested members. */
  private static String member(String body, String dotted) {
    try {
      Object node = AepJson.adapter(Object.class).fromJson(JsonReader.of(new Buffer().writeUtf8(body)));
      for (String name : dotted.split("\\.")) {
        node = ((Map<?, ?>) node).get(name);
      }
      return (String) node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
