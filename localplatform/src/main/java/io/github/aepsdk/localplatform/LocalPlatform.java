package io.github.aepsdk.localplatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;

/**
 * An in-process emulator of Adobe Experience Platform's Flow Service, Schema Registry, Catalog and
 * Data Prep APIs and of the IMS token endpoint, on a local HTTP port. It lets the examples run on a
 * fresh machine with no Adobe account, and lets tests exercise real HTTP round trips.
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.builder().provisioningReads(0).start()) {
 *   AepClient aep = AepClient.builder()
 *       .baseUrl(platform.baseUrl())
 *       .imsUrl(platform.imsUrl())
 *       .imsOrgId(platform.credentials().imsOrgId())
 *       .oauthServerToServer(platform.credentials().clientId(), platform.credentials().clientSecret())
 *       .sandboxName("dev")
 *       .build();
 *   // … create a schema, dataset, connections, mapping set and flow; the first run happens at once …
 *   List<Map<String, Object>> xdm = platform.datasetRecords("dev", dataSetId);
 * }
 * }</pre>
 *
 * <p>What it does:
 *
 * <ul>
 *   <li>Paths exactly as the official specs, under {@code /data/foundation/<service>/}; IMS at
 *       {@code POST /ims/token/v3} (form {@code grant_type=client_credentials}, {@code client_id},
 *       {@code client_secret}, {@code scope}; answers {@code expires_in} in seconds).
 *   <li>State per sandbox ({@code x-sandbox-name}): resources of one sandbox are invisible in others.
 *   <li>Answers in the documented shapes and id formats: quoted etags, {@code {"items":[…]}} and
 *       {@code _links.next} in Flow Service, id-keyed Catalog objects and {@code ["@/dataSets/<id>"]},
 *       Schema Registry {@code _page}, Data Prep {@code {data, _page}}.
 *   <li>Checks what AEP checks, with AEP's error bodies and codes: gateway headers ({@code 403010},
 *       {@code 401013}, {@code 403000}, {@code 403003}, {@code 400003}, {@code 403025}), the sandbox
 *       header ({@code 2105-400}), Schema Registry {@code Accept} ({@code XDM-1006}..{@code 1009}),
 *       {@code If-Match} ({@code 1403-400}, {@code 1404-412}), the CRMToAEP schedule rules, references
 *       to missing resources, mapping destinations missing from the target schema.
 *   <li>Knows the HubSpot ({@value FlowSpecs#HUBSPOT}) and Data Lake ({@value FlowSpecs#DATA_LAKE})
 *       connection specs and the CRMToAEP flow spec ({@value FlowSpecs#CRM_TO_AEP}).
 *   <li>Runs dataflows: a run reads a few synthetic HubSpot contacts, applies the mapping set and
 *       writes XDM records into the target dataset ({@link #datasetRecords(String, String)}) with run
 *       metrics served by {@code GET /runs?property=flowId==…}. A new flow runs once at creation
 *       (unless {@link Builder#autoRunFlows(boolean) disabled}); {@link #runFlow(String, String)} runs it again.
 *       As in AEP, a run's status says {@code success} while some of its records failed; its errors
 *       say which ({@code MAPPER-3700-400} with a {@code recordCount}). A run whose records all fail
 *       mapping, or whose resources are gone, says {@code failed}. A run is {@code inProgress} for
 *       {@link Builder#runDuration(Duration)} (default: none, it ends when it starts).
 *   <li>Injects faults on request ({@link #inject(Fault)}): 429 with Retry-After, 5xx, latency, expired tokens,
 *       answers held until another call arrives.
 *   <li>Injects seeded random faults on a share of the calls ({@link #chaos(Chaos)}), reproducible
 *       from the seed, including calls that take effect and then lose their answer.
 *   <li>Answers every call after a fixed {@link Builder#latency(Duration) latency}, as over a network to AEP.
 *   <li>Stays within bounded memory however many calls it serves: it keeps the most recent
 *       {@link Builder#recordedCallLimit(int) calls} only, and its tokens carry their own expiry. What
 *       grows is what clients create (resources, runs, records) and one entry per sandbox name used.
 * </ul>
 *
 * <p>Platform calls must carry a token this platform issued (from the IMS endpoint or {@link
 * #issueAccessToken()}), or any token when built with {@link Builder#lenientTokens(boolean)}. The
 * credentials are {@link #credentials()}. Thread-safe; {@link #close()} stops the server.
 */
public final class LocalPlatform implements AutoCloseable {

  /** The pre-registered client id (the {@code x-api-key} and IMS {@code client_id}). */
  public static final String CLIENT_ID = "local-platform-client";
  /** The pre-registered client secret for the IMS token endpoint. */
  public static final String CLIENT_SECRET = "p8e-local-platform-secret";
  /** The pre-registered IMS org id ({@code x-gw-ims-org-id}). */
  public static final String IMS_ORG_ID = "0A1B2C3D4E5F60718293A4B5@AdobeOrg";
  /** The scopes the docs use for AEP integrations; the IMS endpoint needs a non-empty {@code scope}. */
  public static final String SCOPES = "openid,session,AdobeID,read_organizations,additional_info.projectedProductContext";
  /** The default tenant id; custom XDM fields sit under {@code _localtenant}. */
  public static final String DEFAULT_TENANT_ID = "localtenant";
  /** How many recent calls {@link #recordedCalls()} keeps by default. */
  public static final int DEFAULT_RECORDED_CALL_LIMIT = 10_000;

  private final MockWebServer server;
  private final Context ctx;
  private final Ims ims;
  private final Gateway gateway;
  private final FlowRunner runner;
  private final FlowService flowService;
  private final String baseUrl;
  /** The chaos of {@link Builder#chaos(Chaos)}, or null; {@link #resetChaos()} returns to it. */
  private final Chaos configuredChaos;

  private LocalPlatform(Builder b) {
    this.ctx = new Context(b.clock, b.tenantId, IMS_ORG_ID, CLIENT_ID, b.autoRunFlows, b.runDuration.toMillis());
    this.ims = new Ims(ctx, CLIENT_SECRET, b.tokenLifetime);
    this.gateway = new Gateway(ctx, ims, b.lenientTokens, b.sandboxes, b.recordedCallLimit, b.recordAnswers,
        b.latency.toMillis(), b.sleeper);
    this.configuredChaos = b.chaos;
    gateway.chaos(b.chaos);
    XdmLibrary library = new XdmLibrary();
    SchemaRegistry registry = new SchemaRegistry(ctx, library);
    Catalog catalog = new Catalog(ctx);
    this.runner = new FlowRunner(ctx, registry, catalog);
    this.flowService = new FlowService(ctx, runner, b.provisioningReads);
    gateway.service("flowservice", flowService.router);
    gateway.service("schemaregistry", registry.router);
    gateway.service("catalog", catalog.router);
    gateway.service("conversion", new Conversion(ctx, registry).router);
    this.server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(gateway);
    Consumer<RecordedCall> observer = b.callObserver;
    gateway.afterEachCall(call -> {
      dropRecordedRequests();
      observer.accept(call);
    });
    try {
      server.start(b.bindAddress, b.port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the local platform on " + b.bindAddress.getHostAddress()
          + " port " + b.port + ": " + e.getMessage(), e);
    }
    // Bound to every interface (0.0.0.0), the platform is reached as localhost on this machine.
    String url = (b.bindAddress.isAnyLocalAddress() ? server.url("/").newBuilder().host("localhost").build() : server.url("/"))
        .toString();
    this.baseUrl = url.substring(0, url.length() - 1);
    ctx.baseUrl = baseUrl;
  }

  /** MockWebServer keeps every request for takeRequest(); a long-running platform must not. */
  private void dropRecordedRequests() {
    try {
      while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // dropped
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts a platform with the defaults on a free port of the loopback address. */
  public static LocalPlatform start() {
    return builder().start();
  }

  /** A builder for a platform with non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The platform gateway, like {@code https://platform.adobe.io}: {@code http://localhost:<port>} (no
   * trailing slash), or a specific {@link Builder#bindAddress(InetAddress) bind address} in place of
   * {@code localhost} (a wildcard one, {@code 0.0.0.0}, keeps {@code localhost}).
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** The IMS host, like {@code https://ims-na1.adobelogin.com}; the token endpoint is {@link #imsTokenUrl()}. */
  public String imsUrl() {
    return baseUrl;
  }

  /** The OAuth Server-to-Server token endpoint: {@code <imsUrl>/ims/token/v3}. */
  public String imsTokenUrl() {
    return baseUrl + "/ims/token/v3";
  }

  /** The pre-registered credential set: client id, client secret, org id and scopes. */
  public Credentials credentials() {
    return new Credentials(CLIENT_ID, CLIENT_SECRET, IMS_ORG_ID, SCOPES);
  }

  /** The tenant id of the Schema Registry ({@code _<tenantId>} is the custom-field namespace). */
  public String tenantId() {
    return ctx.tenantId;
  }

  /** Issues an access token without calling the IMS endpoint (same lifetime as IMS-issued ones). */
  public String issueAccessToken() {
    synchronized (gateway.lock) {
      return ims.issue();
    }
  }

  /** Makes every token issued so far expired; platform calls with them get {@code 401013}. */
  public void expireAllTokens() {
    synchronized (gateway.lock) {
      ims.expireAll();
    }
  }

  /** Every request the platform received (including IMS and rejected calls); exact, however many. */
  public long requestCount() {
    synchronized (gateway.lock) {
      return gateway.totalRequests();
    }
  }

  /**
   * Platform API requests that named {@code sandbox} in {@code x-sandbox-name} and passed the
   * gateway's checks (token, API key, org, Content-Type, sandbox name) and any fault before acting.
   */
  public long requestCount(String sandbox) {
    synchronized (gateway.lock) {
      SandboxState state = gateway.existingSandbox(sandbox);
      return state == null ? 0 : state.requests;
    }
  }

  /**
   * The most recent calls, oldest first: method, encoded path, sandbox header, answered status, the
   * chaos fault if any, the request body and, with {@link Builder#recordAnswers(boolean)}, the answer's. At most {@link Builder#recordedCallLimit(int)} calls ({@value
   * #DEFAULT_RECORDED_CALL_LIMIT} by default) are kept; older ones are forgotten ({@link
   * #requestCount()} still counts them). An unmodifiable snapshot.
   */
  public List<RecordedCall> recordedCalls() {
    synchronized (gateway.lock) {
      return gateway.calls();
    }
  }

  /** The sandboxes that have been used so far. */
  public Set<String> sandboxes() {
    synchronized (gateway.lock) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(gateway.sandboxes().keySet()));
    }
  }

  /**
   * Resources per kind in {@code sandbox}: {@code connections}, {@code sourceConnections}, {@code
   * targetConnections}, {@code flows}, {@code runs}, {@code classes}, {@code schemas}, {@code
   * fieldgroups}, {@code descriptors}, {@code datatypes}, {@code dataSets}, {@code batches}, {@code mappingSets}
   * (all zero for an unused sandbox).
   */
  public Map<String, Integer> resourceCounts(String sandbox) {
    synchronized (gateway.lock) {
      SandboxState state = gateway.existingSandbox(sandbox);
      return Collections.unmodifiableMap(new LinkedHashMap<>(
          (state == null ? new SandboxState(sandbox) : state).resourceCounts()));
    }
  }

  /** The number of resources of one kind (a key of {@link #resourceCounts(String)}) in {@code sandbox}. */
  public int resourceCount(String sandbox, String kind) {
    Integer count = resourceCounts(sandbox).get(kind);
    if (count == null) {
      throw new IllegalArgumentException("unknown resource kind '" + kind + "'; one of " + resourceCounts(sandbox).keySet());
    }
    return count;
  }

  /**
   * The XDM records flow runs wrote into a dataset, oldest first, as unmodifiable JSON trees
   * ({@code Map}/{@code List}/{@code String}/{@code Long}/{@code BigDecimal}/{@code Boolean}).
   *
   * @throws IllegalArgumentException if the dataset does not exist in {@code sandbox}
   */
  public List<Map<String, Object>> datasetRecords(String sandbox, String dataSetId) {
    synchronized (gateway.lock) {
      SandboxState state = gateway.existingSandbox(sandbox);
      if (state == null || !state.dataSets.containsKey(dataSetId)) {
        throw new IllegalArgumentException("no dataset " + dataSetId + " in sandbox " + sandbox);
      }
      return Json.frozen(new ArrayList<>(state.records(dataSetId)));
    }
  }

  /**
   * Runs a dataflow now, as its schedule would, and returns the run id; the run shows in {@code
   * GET /runs?property=flowId==<flowId>}.
   *
   * @throws IllegalArgumentException if the flow does not exist in {@code sandbox}
   */
  public String runFlow(String sandbox, String flowId) {
    synchronized (gateway.lock) {
      SandboxState state = gateway.existingSandbox(sandbox);
      Map<String, Object> flow = state == null ? null : state.flows.get(flowId);
      if (flow == null) {
        throw new IllegalArgumentException("no flow " + flowId + " in sandbox " + sandbox);
      }
      return (String) runner.run(state, flow, CLIENT_ID, null).get("id");
    }
  }

  /**
   * Runs the dataflows of {@code sandbox} whose scheduled time has come on the platform's clock, as
   * AEP's scheduler would, and returns the new run ids (oldest flow first). Only {@code enabled}
   * flows with a recurring schedule run, once each however many scheduled times have passed since
   * their last run; a flow disabled with {@code POST /flows/{id}/action?op=DISABLE} gets no
   * scheduled run, and after {@code ENABLE} (or a schedule update) its next run is the schedule's
   * next time. A flow's first run happens at its creation (see {@link Builder#autoRunFlows(boolean)}).
   * Each run uses the mapping set version the flow's Mapping transformation points at.
   *
   * @throws IllegalArgumentException if {@code sandbox} has never been used
   */
  public List<String> runScheduledFlows(String sandbox) {
    synchronized (gateway.lock) {
      SandboxState state = gateway.existingSandbox(sandbox);
      if (state == null) {
        throw new IllegalArgumentException("no sandbox " + sandbox);
      }
      return flowService.runScheduled(state, CLIENT_ID);
    }
  }

  /** Starts injecting {@code fault}; the handle tells how often it fired and can remove it. */
  public InjectedFault inject(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    synchronized (gateway.lock) {
      return gateway.inject(fault);
    }
  }

  /** Removes every injected fault (not the {@link #chaos(Chaos) chaos}). */
  public void clearFaults() {
    synchronized (gateway.lock) {
      gateway.clearFaults();
    }
  }

  /**
   * Starts seeded random faults on the calls {@code chaos} matches, replacing any chaos in effect;
   * its fault sequence starts at its first call from now. Each hit shows in {@link
   * #recordedCalls()} as {@link RecordedCall#chaos()}.
   */
  public void chaos(Chaos chaos) {
    Objects.requireNonNull(chaos, "chaos");
    synchronized (gateway.lock) {
      gateway.chaos(chaos);
    }
  }

  /** Stops the chaos in effect, if any. */
  public void stopChaos() {
    synchronized (gateway.lock) {
      gateway.chaos(null);
    }
  }

  /**
   * Returns to the chaos {@link Builder#chaos(Chaos)} configured, its sequence restarted at call 1
   * (none if it configured none), whatever {@link #chaos(Chaos)} or {@link #stopChaos()} did since.
   */
  public void resetChaos() {
    synchronized (gateway.lock) {
      gateway.chaos(configuredChaos);
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    clearFaults(); // sends any held answer
    server.close();
  }

  @Override
  public String toString() {
    return "LocalPlatform[" + baseUrl + ", tenant=" + ctx.tenantId + "]";
  }

  /**
   * The credential set registered with the platform's IMS: {@code clientId} (also the {@code
   * x-api-key}), {@code clientSecret}, {@code imsOrgId} ({@code x-gw-ims-org-id}) and the
   * comma-separated {@code scopes}. {@link #toString()} masks the secret.
   */
  public static final class Credentials {
    private final String clientId;
    private final String clientSecret;
    private final String imsOrgId;
    private final String scopes;

    Credentials(String clientId, String clientSecret, String imsOrgId, String scopes) {
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      this.imsOrgId = imsOrgId;
      this.scopes = scopes;
    }

    /** The client id: IMS {@code client_id} and the gateway's {@code x-api-key}. */
    public String clientId() {
      return clientId;
    }

    /** The client secret for IMS {@code client_secret}. */
    public String clientSecret() {
      return clientSecret;
    }

    /** The IMS org id ({@code x-gw-ims-org-id}), ending in {@code @AdobeOrg}. */
    public String imsOrgId() {
      return imsOrgId;
    }

    /** The comma-separated scopes for IMS {@code scope}. */
    public String scopes() {
      return scopes;
    }

    @Override
    public String toString() {
      return "Credentials[clientId=" + clientId + ", clientSecret=****, imsOrgId=" + imsOrgId + "]";
    }
  }

  /**
   * One call the platform took: method, encoded path, {@code x-sandbox-name}, status, chaos fault,
   * the request body and, if recorded, the answer's.
   */
  public static final class RecordedCall {
    private final String method;
    private final String path;
    private final String sandbox;
    private final int status;
    private final Chaos.Hit chaos;
    private final String body;
    private final String answerBody;

    RecordedCall(String method, String path, String sandbox, int status, Chaos.Hit chaos, String body,
        String answerBody) {
      this.method = method;
      this.path = path;
      this.sandbox = sandbox;
      this.status = status;
      this.chaos = chaos;
      this.body = body;
      this.answerBody = answerBody;
    }

    /** The HTTP method. */
    public String method() {
      return method;
    }

    /** The encoded URL path, e.g. {@code /data/foundation/flowservice/flows}. */
    public String path() {
      return path;
    }

    /** The {@code x-sandbox-name} header, or null. */
    public String sandbox() {
      return sandbox;
    }

    /**
     * The HTTP status of the platform's answer. For a call chaos delayed, dropped or replaced after
     * acting, it is the status of the answer the call produced, which the client got late or not at
     * all ({@link #chaos()} tells which); for a call chaos rejected before acting, chaos's status.
     */
    public int status() {
      return status;
    }

    /** The chaos fault this call got, if any. */
    public Optional<Chaos.Hit> chaos() {
      return Optional.ofNullable(chaos);
    }

    /**
     * The request body as sent (UTF-8), e.g. the JSON of a {@code POST}; empty for a call without one
     * and for the IMS token endpoint (its form carries the client secret). Not part of {@link #toString()}.
     */
    public Optional<String> body() {
      return Optional.ofNullable(body);
    }

    /**
     * The JSON body the platform answered (UTF-8), when built with {@link Builder#recordAnswers(boolean)};
     * empty otherwise, for an answer without a body and for the IMS token endpoint (its answer carries
     * the access token). For a call chaos replaced after acting, the answer the call produced. Not part
     * of {@link #toString()}.
     */
    public Optional<String> answerBody() {
      return Optional.ofNullable(answerBody);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof RecordedCall)) {
        return false;
      }
      RecordedCall that = (RecordedCall) other;
      return status == that.status && method.equals(that.method) && path.equals(that.path)
          && Objects.equals(sandbox, that.sandbox) && Objects.equals(chaos, that.chaos) && Objects.equals(body, that.body)
          && Objects.equals(answerBody, that.answerBody);
    }

    @Override
    public int hashCode() {
      return Objects.hash(method, path, sandbox, status, chaos, body, answerBody);
    }

    @Override
    public String toString() {
      return method + " " + path + " [" + sandbox + "] " + status + (chaos == null ? "" : " chaos " + chaos);
    }
  }

  /** A fault in effect; see {@link LocalPlatform#inject(Fault)}. */
  public static final class InjectedFault {
    private final Fault fault;
    private final Object lock;
    /** Of a {@link Fault.Kind#HOLD} fault: open once a releasing call arrived, or the fault is cleared. */
    private final CountDownLatch released = new CountDownLatch(1);
    private int remaining;
    private int hits;

    InjectedFault(Fault fault, Object lock) {
      this.fault = fault;
      this.lock = lock;
      this.remaining = fault.times();
    }

    /** The fault. */
    public Fault fault() {
      return fault;
    }

    /** How many calls it affected so far. */
    public int hits() {
      synchronized (lock) {
        return hits;
      }
    }

    /** How many more calls it will affect; {@link Fault#UNTIL_CLEARED} when unlimited, 0 when done. */
    public int remaining() {
      synchronized (lock) {
        return remaining;
      }
    }

    /** Stops this fault; an answer it holds is sent. */
    public void clear() {
      synchronized (lock) {
        exhaust();
      }
    }

    void hit() {
      hits++;
      if (remaining > 0) {
        remaining--;
      }
    }

    void exhaust() {
      remaining = 0;
      release();
    }

    void release() {
      released.countDown();
    }

    /** Waits (without holding the platform's lock) until a held answer may be sent. */
    void awaitRelease() {
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public String toString() {
      return fault + " hits=" + hits();
    }
  }

  /** Settings of a {@link LocalPlatform}; {@link #start()} starts it. */
  public static final class Builder {
    private String tenantId = DEFAULT_TENANT_ID;
    private boolean lenientTokens;
    private boolean autoRunFlows = true;
    private Duration runDuration = Duration.ZERO;
    private Duration tokenLifetime = Duration.ofSeconds(86399);
    private boolean recordAnswers;
    private Duration latency = Duration.ZERO;
    private Gateway.Sleeper sleeper = Thread::sleep;
    private Clock clock = Clock.systemUTC();
    private final Set<String> sandboxes = new LinkedHashSet<>();
    private int port;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int recordedCallLimit = DEFAULT_RECORDED_CALL_LIMIT;
    private Chaos chaos;
    private int provisioningReads = 1;
    private Consumer<RecordedCall> callObserver = call -> { };

    private Builder() {}

    /** The Schema Registry tenant id (lower-case letters and digits), default {@value LocalPlatform#DEFAULT_TENANT_ID}. */
    public Builder tenantId(String tenantId) {
      if (tenantId == null || !tenantId.matches("[a-z0-9]+")) {
        throw new IllegalArgumentException("tenantId must be lower-case letters and digits, was " + tenantId);
      }
      this.tenantId = tenantId;
      return this;
    }

    /** Accept any bearer token on platform calls, not only tokens this platform issued. Default false. */
    public Builder lenientTokens(boolean lenient) {
      this.lenientTokens = lenient;
      return this;
    }

    /** Run a new dataflow once as soon as it is created, as a schedule starting now would. Default true. */
    public Builder autoRunFlows(boolean autoRun) {
      this.autoRunFlows = autoRun;
      return this;
    }

    /**
     * How long a dataflow run takes on the platform's {@link #clock(Clock) clock}, default zero (a
     * run ends when it starts). Until it ends, {@code GET /runs} and {@code POST /runs} show the run
     * {@code inProgress} with its start time and no activities, and its flow's {@code
     * lastRunDetails.state} is {@code inProgress}; then the run shows its metrics and activities.
     * The records are in the dataset from the run's start.
     */
    public Builder runDuration(Duration duration) {
      if (duration == null || duration.isNegative()) {
        throw new IllegalArgumentException("runDuration must not be negative");
      }
      this.runDuration = duration;
      return this;
    }

    /** Lifetime of issued tokens ({@code expires_in}), default 86399 s as Adobe IMS. */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("tokenLifetime must be positive");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /** The clock for timestamps and token expiry, default the UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Restricts the platform to these sandboxes; other names answer "sandbox not found" (Flow
     * Service {@code 2100-404}). By default every valid lower-case sandbox name works.
     */
    public Builder sandboxes(String... names) {
      for (String name : names) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
          throw new IllegalArgumentException("sandbox names are lower-case letters, digits and hyphens, was " + name);
        }
        sandboxes.add(name);
      }
      return this;
    }

    /** The local port, default 0 (a free port). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The local address to listen on, default the loopback address (reachable from this machine only).
     * A wildcard address ({@code 0.0.0.0}) accepts connections from other machines and containers;
     * {@link LocalPlatform#baseUrl()} then names that address.
     */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * How many recent calls {@link LocalPlatform#recordedCalls()} keeps, default {@value
     * LocalPlatform#DEFAULT_RECORDED_CALL_LIMIT}; 0 records none. Each kept call holds its method,
     * path and sandbox name: about 230 bytes of heap with typical paths, so the default window
     * holds about 2.3 MB.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder recordedCallLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("recordedCallLimit must not be negative, was " + limit);
      }
      this.recordedCallLimit = limit;
      return this;
    }

    /**
     * Keeps the answer's body of each recorded call ({@link RecordedCall#answerBody()}), to see which
     * call returned an id later calls send. Default false: answers (schemas, pages of 100 items) can be
     * far larger than requests.
     */
    public Builder recordAnswers(boolean record) {
      this.recordAnswers = record;
      return this;
    }

    /**
     * A fixed delay of every answer (platform API calls and IMS, whatever the outcome), as the round
     * trip to AEP over a network adds to each call, default zero. The call takes effect first; its
     * answer then waits {@code latency} (millisecond precision) outside the platform's lock, so calls
     * made at the same time wait together and a client that makes independent calls concurrently
     * gains from it as it would against AEP. Adds to {@link Fault#latency(Duration)} and chaos
     * delays; unlike them it is fixed for the platform's lifetime.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder latency(Duration latency) {
      if (latency == null || latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative, was " + latency);
      }
      this.latency = latency;
      return this;
    }

    /** How {@link #latency(Duration)} is waited out; tests give one that records instead of sleeping. */
    Builder sleeper(Gateway.Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Seeded random faults from the first call on, as {@link LocalPlatform#chaos(Chaos)}; default none. */
    public Builder chaos(Chaos chaos) {
      this.chaos = Objects.requireNonNull(chaos, "chaos");
      return this;
    }

    /**
     * How many lookups ({@code GET /connections/{id}}, {@code /sourceConnections/{id}}, {@code
     * /targetConnections/{id}}, {@code /flows/{id}}) a new base, source or target connection or flow
     * answers {@code "state": "enabling"} before it is {@code enabled}, as AEP provisions them
     * asynchronously (Adobe's deployment tool polls them until {@code enabled}). Counted, not timed,
     * so tests are deterministic. Default 1, so a client that waits for {@code enabled} waits once; 0
     * makes them {@code enabled} at once. {@code POST /flows/{id}/action?op=DISABLE} during
     * provisioning makes a flow end {@code disabled} instead.
     */
    public Builder provisioningReads(int reads) {
      if (reads < 0) {
        throw new IllegalArgumentException("provisioningReads must be 0 or more, was " + reads);
      }
      this.provisioningReads = reads;
      return this;
    }

    /**
     * Called with each call the platform took, on the server's thread, once the call is handled and
     * recorded and before its answer is sent: before chaos delays, drops or replaces the answer, and
     * whatever {@link #recordedCallLimit(int)} keeps. Default none. A test acts on a call there, e.g.
     * ends at once a client read that waits for an answer {@link Chaos.Kind#TIMEOUT_AFTER_ACTING}
     * holds back, instead of waiting for the client's read timeout.
     */
    public Builder onEachCall(Consumer<RecordedCall> observer) {
      this.callObserver = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /** Starts the platform. */
    public LocalPlatform start() {
      return new LocalPlatform(this);
    }
  }
}
