package io.github.aepsdk.localplatform;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers in the formats AEP uses: Flow Service UUIDs and quoted etags ({@code
 * "\"1a0037e4-0000-0200-0000-602e06f60000\""}), Catalog 24-hex object ids, 26-character batch ids,
 * Schema Registry and Data Prep hex ids.
 */
final class Ids {
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final Clock clock;

  Ids(Clock clock) {
    this.clock = clock;
  }

  /** A random UUID, as Flow Service ids. */
  String uuid() {
    return UUID.randomUUID().toString();
  }

  /** A Flow Service etag including its double quotes. */
  String etag() {
    return "\"" + hex(8) + "-0000-0200-0000-" + String.format("%08x", clock.millis() / 1000) + "0000\"";
  }

  /** A Catalog object id: 24 lower-case hex digits, time first. */
  String catalogId() {
    return String.format("%08x", clock.millis() / 1000) + hex(16);
  }

  /** A batch id: 26 Crockford base-32 characters, time first (like {@code 01EF01X41KJD82Y9ZX6ET54PCZ}). */
  String batchId() {
    StringBuilder sb = new StringBuilder();
    long time = clock.millis();
    for (int i = 9; i >= 0; i--) {
      sb.append(CROCKFORD[(int) ((time >>> (5 * i)) & 31)]);
    }
    for (int i = 0; i < 16; i++) {
      sb.append(CROCKFORD[ThreadLocalRandom.current().nextInt(32)]);
    }
    return sb.toString();
  }

  /** {@code digits} random lower-case hex digits. */
  String hex(int digits) {
    StringBuilder sb = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      sb.append(Character.forDigit(ThreadLocalRandom.current().nextInt(16), 16));
    }
    return sb.toString();
  }
}
