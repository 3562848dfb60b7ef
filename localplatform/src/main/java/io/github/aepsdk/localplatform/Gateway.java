package io.github.aepsdk.localplatform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * The front door of the platform, in the order AEP's gateway works: count the call, draw its chaos
 * fault, apply a chaos fault before acting and then the injected faults, serve IMS, check the gateway
 * headers (token, API key, org), the body's Content-Type and the sandbox, hand the call to the
 * service's router, and apply a chaos fault after acting to the answer. All state changes happen
 * under one lock.
 */
final class Gateway extends Dispatcher {
  private static final Pattern SANDBOX_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,253}");
  private static final String IMS_TOKEN_PATH = "/ims/token/v3";

  final Object lock = new Object();
  private final Context ctx;
  private final Ims ims;
  private final boolean lenientTokens;
  private final Set<String> allowedSandboxes;
  private final Map<String, SandboxState> sandboxes = new LinkedHashMap<>();
  private final Map<String, Router> services = new LinkedHashMap<>();
  private Consumer<LocalPlatform.RecordedCall> afterEachCall = call -> { };
  private final List<LocalPlatform.InjectedFault> faults = new ArrayList<>();
  /** The {@link Fault.Kind#HOLD} faults whose releasing call has not arrived yet. */
  private final List<LocalPlatform.InjectedFault> holds = new ArrayList<>();
  private final ArrayDeque<LocalPlatform.RecordedCall> calls = new ArrayDeque<>();
  private final int callLimit;
  private final boolean recordAnswers;
  private final long latencyMillis;
  private final Sleeper sleeper;
  private long totalRequests;
  private Chaos chaos;
  private SplittableRandom chaosRandom;
  private long chaosCalls;

  Gateway(Context ctx, Ims ims, boolean lenientTokens, Set<String> allowedSandboxes, int callLimit,
      boolean recordAnswers, long latencyMillis, Sleeper sleeper) {
    this.ctx = ctx;
    this.ims = ims;
    this.lenientTokens = lenientTokens;
    this.allowedSandboxes = allowedSandboxes;
    this.callLimit = callLimit;
    this.recordAnswers = recordAnswers;
    this.latencyMillis = latencyMillis;
    this.sleeper = sleeper;
  }

  /** Waits out the fixed latency of every call; {@link Thread#sleep(long)} unless a test gives another. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * Sees each call once handled and recorded, before its answer is sent (the platform drops
   * MockWebServer's copy of each request there, and calls {@link LocalPlatform.Builder#onEachCall}).
   */
  void afterEachCall(Consumer<LocalPlatform.RecordedCall> hook) {
    this.afterEachCall = hook;
  }

  void service(String name, Router router) {
    services.put(name, router);
  }

  // ---- state access (callers hold the lock) ----

  SandboxState sandbox(String name) {
    return sandboxes.computeIfAbsent(name, SandboxState::new);
  }

  SandboxState existingSandbox(String name) {
    return sandboxes.get(name);
  }

  Map<String, SandboxState> sandboxes() {
    return sandboxes;
  }

  long totalRequests() {
    return totalRequests;
  }

  /** The most recent calls, oldest first, at most the limit given at construction. */
  List<LocalPlatform.RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** Starts {@code chaos} (null stops it); its call numbers start again at 1. */
  void chaos(Chaos chaos) {
    this.chaos = chaos;
    this.chaosRandom = chaos == null ? null : new SplittableRandom(chaos.seed());
    this.chaosCalls = 0;
  }

  LocalPlatform.InjectedFault inject(Fault fault) {
    LocalPlatform.InjectedFault injected = new LocalPlatform.InjectedFault(fault, lock);
    faults.add(injected);
    if (fault.kind() == Fault.Kind.HOLD) {
      holds.add(injected);
    }
    return injected;
  }

  void clearFaults() {
    faults.forEach(LocalPlatform.InjectedFault::exhaust);
    faults.clear();
    holds.forEach(LocalPlatform.InjectedFault::exhaust);
    holds.clear();
  }

  /** Releases the answers held until a call like this one arrived (and those of calls still to come). */
  private void releaseHolds(String method, String path) {
    for (Iterator<LocalPlatform.InjectedFault> it = holds.iterator(); it.hasNext(); ) {
      LocalPlatform.InjectedFault hold = it.next();
      if (hold.fault().releasedBy(method, path)) {
        hold.release();
        it.remove();
      }
    }
  }

  // ---- dispatch ----

  /**
   * The body a call records: a platform API request's, as sent; none for the IMS token endpoint,
   * whose form carries the client secret.
   */
  private static String recordedBody(RecordedRequest request, String path) {
    if (path.equals(IMS_TOKEN_PATH) || request.getBody() == null || request.getBody().size() == 0) {
      return null;
    }
    return request.getBody().utf8();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Reply reply;
    long delayMillis;
    LocalPlatform.InjectedFault held;
    Chaos.Hit hit;
    LocalPlatform.RecordedCall recorded;
    synchronized (lock) {
      totalRequests++;
      String method = request.getMethod();
      String path = request.getUrl().encodedPath();
      releaseHolds(method, path);
      hit = chaos != null && chaos.matches(method, path, path.equals(IMS_TOKEN_PATH))
          ? chaos.draw(++chaosCalls, chaosRandom) : null;
      Latency latency = new Latency();
      try {
        reply = handle(request, latency, hit);
      } catch (PlatformError e) {
        reply = e.reply;
      } catch (RuntimeException e) {
        reply = Errors.generic(500, "Internal Server Error", "The local platform failed: " + e).reply;
      }
      delayMillis = latency.millis + (hit == null ? 0 : hit.delayMillis());
      held = latency.hold;
      recorded = new LocalPlatform.RecordedCall(method, path, request.getHeaders().get("x-sandbox-name"),
          reply.status, hit, recordedBody(request, path),
          recordAnswers && reply.body != null && !path.equals(IMS_TOKEN_PATH) ? Json.write(reply.body) : null);
      if (callLimit > 0) {
        if (calls.size() == callLimit) {
          calls.removeFirst();
        }
        calls.addLast(recorded);
      }
    }
    afterEachCall.accept(recorded);
    if (held != null) {
      held.awaitRelease();
    }
    if (hit != null && hit.kind() == Chaos.Kind.GATEWAY_ERROR_AFTER_ACTING) {
      reply = statusFault(Fault.serverError(hit.status()), request.getUrl().encodedPath()).reply;
    }
    MockResponse.Builder response = new MockResponse.Builder().code(reply.status);
    response.addHeader("x-request-id", UUID.randomUUID().toString());
    reply.headers.forEach(response::addHeader);
    if (reply.body != null) {
      response.addHeader("Content-Type", "application/json");
      response.body(Json.write(reply.body));
    }
    if (delayMillis > 0) {
      response.headersDelay(delayMillis, TimeUnit.MILLISECONDS);
    }
    if (hit != null && hit.kind() == Chaos.Kind.DROPPED_AFTER_ACTING) {
      response.onResponseStart(new SocketEffect.CloseSocket());
    }
    if (latencyMillis > 0) {
      // outside the lock: calls made at the same time wait out their latency together
      try {
        sleeper.sleep(latencyMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return response.build();
  }

  /** What delays a call's answer: added latency, and a {@link Fault.Kind#HOLD} fault holding it. */
  private static final class Latency {
    long millis;
    LocalPlatform.InjectedFault hold;
  }

  private Reply handle(RecordedRequest request, Latency latency, Chaos.Hit hit) {
    String method = request.getMethod();
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String sandboxName = request.getHeaders().get("x-sandbox-name");
    boolean validSandbox = sandboxName != null && SANDBOX_NAME.matcher(sandboxName).matches()
        && (allowedSandboxes.isEmpty() || allowedSandboxes.contains(sandboxName));
    if (hit != null && !hit.kind().afterActing()) {
      throw statusFault(hit.kind() == Chaos.Kind.RATE_LIMITED
          ? Fault.rateLimited(chaos.retryAfter()) : Fault.serverError(hit.status()), path);
    }
    LocalPlatform.InjectedFault expiring = applyFaults(method, path, latency);

    if (path.equals(IMS_TOKEN_PATH)) {
      return ims.token(method, url, request.getHeaders().get("Content-Type"), body);
    }
    if (!path.startsWith("/data/foundation/")) {
      throw Errors.notFound("No such resource: " + path);
    }
    checkGatewayHeaders(request, expiring);

    List<String> segments = new ArrayList<>(url.pathSegments());
    if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    String service = segments.size() > 2 ? segments.get(2) : "";
    Router router = services.get(service);
    if (router == null) {
      throw Errors.notFound("No such service: " + path);
    }
    if (!body.isEmpty() && ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
      checkContentType(request.getHeaders().get("Content-Type"));
    }
    boolean flowService = "flowservice".equals(service);
    if (sandboxName == null || sandboxName.isBlank()) {
      if (flowService) {
        throw Errors.flowBadRequest("2105", "Header is missing",
            "The header x-sandbox-name is missing in the request. Please add the header in the request and try again.");
      }
      throw Errors.gateway(400, "400003", "Missing header");
    }
    if (!validSandbox) {
      String message = "The sandbox with the name '" + sandboxName
          + "' could not be found. Please ensure that the sandbox name is correct and try again.";
      if (flowService) {
        throw Errors.flow(404, "2100", "Sandbox not found", message, null);
      }
      throw Errors.generic(404, "Sandbox not found", message);
    }
    // A sandbox's state is made (and its calls counted) only for calls the gateway let through, so
    // refused calls with ever new sandbox names cannot grow the platform's memory.
    SandboxState state = sandbox(sandboxName);
    state.requests++;
    Call call = new Call(method, segments.subList(3, segments.size()), url, request.getHeaders(), body,
        state, request.getHeaders().get("x-api-key"));
    return router.route(call);
  }

  /** Applies matching faults: sums latency, throws a status fault, returns a pending token-expiry fault. */
  private LocalPlatform.InjectedFault applyFaults(String method, String path, Latency latency) {
    LocalPlatform.InjectedFault expiring = null;
    PlatformError failure = null;
    for (Iterator<LocalPlatform.InjectedFault> it = faults.iterator(); it.hasNext(); ) {
      LocalPlatform.InjectedFault injected = it.next();
      Fault fault = injected.fault();
      if (injected.remaining() == 0) {
        it.remove();
        continue;
      }
      if (!fault.matches(method, path)) {
        continue;
      }
      switch (fault.kind()) {
        case LATENCY:
          latency.millis += fault.delay().toMillis();
          injected.hit();
          break;
        case EXPIRED_TOKEN:
          if (expiring == null && path.startsWith("/data/foundation/")) {
            expiring = injected;
          }
          continue;
        case HOLD:
          if (latency.hold == null) {
            latency.hold = injected;
            injected.hit();
          }
          break;
        default:
          if (failure == null) {
            failure = statusFault(fault, path);
            injected.hit();
          }
      }
      if (injected.remaining() == 0) {
        it.remove();
      }
    }
    if (failure != null) {
      throw failure;
    }
    return expiring;
  }

  private static PlatformError statusFault(Fault fault, String path) {
    int status = fault.status();
    if (status == 429) {
      PlatformError error = Errors.gateway(429, "429050", "Too many requests");
      error.reply.header("Retry-After", Long.toString(fault.retryAfterSeconds()));
      return error;
    }
    if (path.startsWith("/data/foundation/flowservice/")) {
      String retry = "Please try again. If the problem persists, please contact customer support.";
      switch (status) {
        case 500:
          return Errors.flow(500, "1102", "Internal Error", "An internal error has occurred. " + retry, null);
        case 503:
          return Errors.flow(503, "1103", "Service Unavailable", "The service is temporarily unavailable. " + retry, null);
        case 504:
          return Errors.flow(504, "1104", "Gateway Timeout", "A gateway timeout has occurred. " + retry, null);
        default:
          break;
      }
    }
    String title;
    switch (status) {
      case 500:
        title = "Internal Server Error";
        break;
      case 502:
        title = "Bad Gateway";
        break;
      case 503:
        title = "Service Unavailable";
        break;
      case 504:
        title = "Gateway Timeout";
        break;
      default:
        title = "Server Error";
    }
    return Errors.generic(status, title, "Injected fault: HTTP " + status);
  }

  /** The gateway's checks, with its codes (examples/errors/gateway-*.json). */
  private void checkGatewayHeaders(RecordedRequest request, LocalPlatform.InjectedFault expiring) {
    String authorization = request.getHeaders().get("Authorization");
    String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).trim() : null;
    if (token == null || token.isEmpty()) {
      throw Errors.gateway(403, "403010", "Oauth token is missing.");
    }
    if (expiring != null) {
      ims.expire(token);
      expiring.hit();
      if (expiring.remaining() == 0) {
        faults.remove(expiring);
      }
      throw Errors.gateway(401, "401013", "Oauth token is not valid");
    }
    Ims.TokenStatus status = ims.check(token);
    if (status == Ims.TokenStatus.EXPIRED || (status == Ims.TokenStatus.UNKNOWN && !lenientTokens)) {
      throw Errors.gateway(401, "401013", "Oauth token is not valid");
    }
    String apiKey = request.getHeaders().get("x-api-key");
    if (apiKey == null || apiKey.isBlank()) {
      throw Errors.gateway(403, "403000", "Api Key is required");
    }
    if (!ctx.clientId.equals(apiKey)) {
      throw Errors.gateway(403, "403003", "Api Key is invalid");
    }
    String org = request.getHeaders().get("x-gw-ims-org-id");
    if (org == null || org.isBlank()) {
      throw Errors.gateway(400, "400003", "Missing header");
    }
    if (!ctx.imsOrgId.equals(org)) {
      throw Errors.gateway(403, "403025", "Profile is not valid");
    }
  }

  private static void checkContentType(String contentType) {
    String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
    if (!media.equals("application/json") && !media.equals("application/json-patch+json")) {
      throw Errors.badRequest("A valid content-type must be specified");
    }
  }
}
