package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ganlab} run as a real child JVM (this test JVM's class path, {@code ai.djl.*} and
 * {@code ganlab.*} properties), in a working directory of its own, with its output in files, so that
 * a test can send it signals and look for crash reports.
 */
final class CliProcess implements AutoCloseable {
  private final Process process;
  private final Path directory;
  private final Path output;

  private CliProcess(Process process, Path directory, Path output) {
    this.process = process;
    this.directory = directory;
    this.output = output;
  }

  /** Starts {@code ganlab ARGS} in {@code directory}; stdout and stderr go to its {@code output.txt}. */
  static CliProcess start(Path directory, String... args) throws IOException {
    List<String> line = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    System.getProperties().stringPropertyNames().stream().sorted()
        .filter(name -> name.startsWith("ai.djl.") || name.startsWith("ganlab."))
        .forEach(name -> line.add("-D" + name + "=" + System.getProperty(name)));
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), GanlabCli.class.getName()));
    line.addAll(List.of(args));
    Files.createDirectories(directory);
    Path output = directory.resolve("output.txt");
    Process process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    return new CliProcess(process, directory, output);
  }

  /** Waits until the output holds a text, failing if the process ends first or a minute passes. */
  void awaitOutput(String text) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (!output().contains(text)) {
      assertThat(process.isAlive()).as("ended before printing %s: %s", text, output()).isTrue();
      assertThat(Instant.now()).as("no %s within a minute: %s", text, output()).isBefore(deadline);
      Thread.sleep(10);
    }
  }

  /** Sends a signal by name (e.g. INT, which {@link Process} cannot send) with the kill command. */
  void signal(String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
    assertThat(kill.waitFor()).as("kill -%s", name).isEqualTo(0);
  }

  /** The process, e.g. to send it SIGTERM with {@link Process#destroy}. */
  Process process() {
    return process;
  }

  /** Waits for the exit, at most a minute. */
  int exitCode() throws Exception {
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("still running: %s", output()).isTrue();
    return process.exitValue();
  }

  /** What it has printed so far, stdout and stderr together. */
  String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /** Lists the JVM crash reports ({@code hs_err_pid*.log}) in the working directory. */
  List<Path> crashReports() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().startsWith("hs_err")).toList();
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
