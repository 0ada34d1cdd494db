package org.ganlab.experiments.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.ganlab.core.train.StopRequest;

/**
 * Trains each run in a child JVM, because libtorch's thread count is global to a process and each run
 * needs its own {@code runtime.threads}. The child runs this JVM's {@link JavaCommand} with the hidden
 * worker command, and gets the instruction-set switches of the run's {@code runtime.isa} in its
 * environment. Its standard input stays open until it exits (it stops when the input closes: see
 * {@link ParentWatch}), its standard output carries {@link ProgressLine}s and its standard error goes to the run's log. When
 * the sweep's {@link StopRequest} is made, every running child gets SIGTERM (it checkpoints the step in
 * progress and exits); {@link #killChildren} ends them at once instead.
 */
public final class ChildJvmWorker implements RunWorker {
  private final String mainClass;
  private final List<String> command;
  private final StopRequest stop;
  private final Set<Process> running = ConcurrentHashMap.newKeySet();

  /**
   * Creates the worker launcher.
   *
   * @param mainClass the CLI's main class
   * @param command the arguments that select the worker command, e.g. {@code [sweep-worker]}
   * @param stop the sweep's stop request, passed on to every running child as SIGTERM
   */
  public ChildJvmWorker(String mainClass, List<String> command, StopRequest stop) {
    this.mainClass = mainClass;
    this.command = List.copyOf(command);
    this.stop = stop;
    stop.whenRequested(() -> running.forEach(ChildJvmWorker::terminate));
  }

  /** Kills every running child at once (SIGKILL): each keeps its last checkpoint. */
  public void killChildren() {
    running.forEach(Process::destroyForcibly);
  }

  @Override
  public int train(PlannedRun run, boolean resume, Path log, Consumer<ProgressLine> progress)
      throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder = new ProcessBuilder(commandLine(run, resume))
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    run.config().runtime().isaLevel().applyTo(builder.environment());
    Process process = builder.start();
    running.add(process);
    if (stop.requested()) {
      terminate(process);
    }
    OutputStream keptOpen = process.getOutputStream();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        ProgressLine.parse(line).ifPresent(progress);
      }
      return process.waitFor();
    } finally {
      keptOpen.close();
      if (process.isAlive()) {
        process.destroyForcibly();
      }
      running.remove(process);
    }
  }

  /**
   * Builds the child's command line.
   *
   * @param run the run to train
   * @param resume whether to continue from its checkpoint
   * @return {@code java [heap options] [-Dproperties] -cp CLASSPATH MAIN COMMAND RUN_DIR
   *     --config-sha256 HASH [--resume]}
   */
  public List<String> commandLine(PlannedRun run, boolean resume) {
    List<String> line = new ArrayList<>(JavaCommand.of(mainClass));
    line.addAll(command);
    line.addAll(List.of(run.directory().root().toAbsolutePath().toString(), "--config-sha256",
        run.configSha256()));
    if (resume) {
      line.add("--resume");
    }
    return line;
  }

  /**
   * Sends a child SIGTERM through its handle: {@link Process#destroy} would also close the pipes whose
   * end tells this worker that the child is done.
   */
  private static void terminate(Process process) {
    process.toHandle().destroy();
  }
}
