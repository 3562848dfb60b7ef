package io.github.aepsdk.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command line of the standalone server; serving itself is tested on the jar by StandaloneServerIT. */
class LocalPlatformServerTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new LocalPlatformServer());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsTheOptionsAndTheirDefaults() {
    assertThat(run("--help")).isZero();

    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help).startsWith("Usage: aep-local-platform [-hV] [--fault-rate=RATE] [--host=ADDRESS] [--port=PORT]"
            + " [--provisioning-reads=N] [--seed=SEED] [--tenant=TENANT_ID]")
        .contains("--provisioning-reads=N How many lookups a new connection or flow answers state 'enabling'")
        .contains("--seed=SEED Inject seeded random faults")
        .contains("--fault-rate=RATE With --seed: the share of calls that get a fault, 0 to 1. Default: 0.1.")
        .contains("--port=PORT TCP port; 0 picks a free one (the port in use is printed). Default: 8080.")
        .contains("--host=ADDRESS Address to listen on. Default: the loopback address")
        .contains("--tenant=TENANT_ID Schema Registry tenant id (lower-case letters and digits). Default: localtenant.")
        .contains("-h, --help", "-V, --version");
    assertThat(err.toString()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "70000  | Invalid option value: port must be 0..65535, was 70000",
      "-1     | Invalid option value: port must be 0..65535, was -1",
      "eighty | Invalid value for option '--port': 'eighty' is not an int"})
  void aBadPortIsAUsageErrorWithExitCode2(String port, String message) {
    assertThat(run("--port", port)).isEqualTo(2);

    assertThat(err.toString()).startsWith(message + System.lineSeparator()).contains("Usage: aep-local-platform");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aFaultRateOutsideZeroToOneIsAUsageErrorWithExitCode2() {
    assertThat(run("--seed", "42", "--fault-rate", "1.5")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid option value: rate must be 0..1, was 1.5");
  }

  @Test
  void aFaultRateWithoutASeedIsAUsageErrorWithExitCode2() {
    assertThat(run("--fault-rate", "0.5")).isEqualTo(2);

    assertThat(err.toString()).startsWith("Invalid option value: --fault-rate needs --seed");
  }

  @Test
  void aBadTenantIsAUsageErrorWithExitCode2() {
    assertThat(run("--tenant", "Acme")).isEqualTo(2);

    assertThat(err.toString())
        .startsWith("Invalid option value: tenantId must be lower-case letters and digits, was Acme");
  }

  @Test
  void aPortInUseIsReportedWithExitCode1() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());

      int exit = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("--port", port));

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString()).startsWith("cannot start the local platform on 127.0.0.1 port " + port + ": ")
          .endsWith(". Choose another --port (0 picks a free one) or --host." + System.lineSeparator());
      assertThat(out.toString()).isEmpty();
    }
  }
}
