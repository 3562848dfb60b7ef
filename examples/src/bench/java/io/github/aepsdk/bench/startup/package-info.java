/**
 * Start-up programs: each is a fresh JVM that builds one client, makes its first call (GET
 * /flowservice/flows/{id} against the canned server given as the first argument), prints the flow's
 * name and the nanoseconds from {@code main} to the answer, and exits. {@code BenchRunner} times
 * the whole process. Each program touches only its own client's classes.
 */
package io.github.aepsdk.bench.startup;
