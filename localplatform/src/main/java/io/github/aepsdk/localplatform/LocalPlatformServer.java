package io.github.aepsdk.localplatform;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@link LocalPlatform} as a server process: the main class of the {@code standalone} jar.
 *
 * <pre>
 * java -jar aep-local-platform-&lt;version&gt;-standalone.jar [--port 8080] [--host 127.0.0.1] [--tenant localtenant]
 *     [--provisioning-reads 1] [--seed 42 [--fault-rate 0.1]]
 * </pre>
 *
 * <p>It starts a platform, prints one {@code NAME=value} line per setting a client needs ({@code
 * AEP_BASE_URL}, {@code AEP_IMS_URL}, {@code AEP_IMS_TOKEN_URL}, {@code AEP_CLIENT_ID}, {@code
 * AEP_CLIENT_SECRET}, {@code AEP_IMS_ORG_ID}, {@code AEP_SCOPES}, {@code AEP_TENANT_ID}; the
 * credentials are the platform's fixed local ones) and serves until the JVM is stopped (Ctrl-C,
 * SIGTERM), when a shutdown hook closes it. Platform calls need a token from the IMS endpoint, as on AEP.
 */
@Command(name = "aep-local-platform", mixinStandardHelpOptions = true,
    versionProvider = LocalPlatformServer.Version.class,
    description = "Serves a local emulation of Adobe Experience Platform's Flow Service, Schema Registry, Catalog"
        + " and Data Prep APIs and of the IMS token endpoint until stopped (Ctrl-C). Prints the base URL, the IMS"
        + " token URL, the local credentials and the tenant as NAME=value lines.")
public final class LocalPlatformServer implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "TCP port; 0 picks a free one (the port in use is printed). Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on. Default: the loopback address (this machine only); 0.0.0.0 listens on"
          + " all interfaces, e.g. in a container.")
  private InetAddress host = InetAddress.getLoopbackAddress();

  @Option(names = "--tenant", paramLabel = "TENANT_ID", defaultValue = LocalPlatform.DEFAULT_TENANT_ID,
      description = "Schema Registry tenant id (lower-case letters and digits). Default: ${DEFAULT-VALUE}.")
  private String tenant;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Inject seeded random faults (429, 5xx, latency, and answers lost after the call took effect)"
          + " into a share of the platform API calls; the same seed gives the same faults. Default: none.")
  private Long seed;

  @Option(names = "--fault-rate", paramLabel = "RATE", defaultValue = "0.1",
      description = "With --seed: the share of calls that get a fault, 0 to 1. Default: ${DEFAULT-VALUE}.")
  private double faultRate;

  @Option(names = "--provisioning-reads", paramLabel = "N", defaultValue = "1",
      description = "How many lookups a new connection or flow answers state 'enabling' before it is 'enabled',"
          + " as AEP provisions them asynchronously; 0 enables them at once (clients that wait for them do not"
          + " wait). Default: ${DEFAULT-VALUE}.")
  private int provisioningReads;

  /** Runs the server; exits with status 2 on bad arguments and 1 when the platform cannot start. */
  public static void main(String... args) {
    System.exit(new CommandLine(new LocalPlatformServer()).execute(args));
  }

  /** Starts the platform, prints its settings and serves until the JVM shuts down. */
  @Override
  public Integer call() throws InterruptedException {
    LocalPlatform platform;
    try {
      platform = platform().start();
    } catch (UncheckedIOException e) {
      spec.commandLine().getErr().println(e.getMessage() + ". Choose another --port (0 picks a free one) or --host.");
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      platform.close();
      out.println("AEP local platform stopped");
      out.flush();
    }, "aep-local-platform-shutdown"));
    printSettings(platform, out);
    new CountDownLatch(1).await(); // serve until the JVM shuts down; the hook closes the platform
    return 0;
  }

  /** The platform the options describe; each option maps onto one builder setting here. */
  private LocalPlatform.Builder platform() {
    try {
      LocalPlatform.Builder builder = LocalPlatform.builder().port(port).bindAddress(host).tenantId(tenant)
          .provisioningReads(provisioningReads);
      if (seed == null && spec.commandLine().getParseResult().hasMatchedOption("--fault-rate")) {
        throw new IllegalArgumentException("--fault-rate needs --seed");
      }
      return seed == null ? builder : builder.chaos(Chaos.seed(seed).rate(faultRate));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid option value: " + e.getMessage());
    }
  }

  private void printSettings(LocalPlatform platform, PrintWriter out) {
    LocalPlatform.Credentials credentials = platform.credentials();
    out.println("AEP local platform " + Version.of() + " is running; Ctrl-C stops it.");
    out.println("AEP_BASE_URL=" + platform.baseUrl());
    out.println("AEP_IMS_URL=" + platform.imsUrl());
    out.println("AEP_IMS_TOKEN_URL=" + platform.imsTokenUrl());
    out.println("AEP_CLIENT_ID=" + credentials.clientId());
    out.println("AEP_CLIENT_SECRET=" + credentials.clientSecret());
    out.println("AEP_IMS_ORG_ID=" + credentials.imsOrgId());
    out.println("AEP_SCOPES=" + credentials.scopes());
    out.println("AEP_TENANT_ID=" + platform.tenantId());
    if (seed != null) {
      out.println("# seeded random faults: seed " + seed + ", rate " + faultRate);
    }
    out.flush();
  }

  /** The version in the standalone jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    static String of() {
      String version = LocalPlatformServer.class.getPackage().getImplementationVersion();
      return version == null ? "(unpackaged)" : version;
    }

    @Override
    public String[] getVersion() {
      return new String[] {"aep-local-platform " + of()};
    }
  }
}
