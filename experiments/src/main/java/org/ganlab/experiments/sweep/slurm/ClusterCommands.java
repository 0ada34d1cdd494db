package org.ganlab.experiments.sweep.slurm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a SLURM command ({@code sbatch}, {@code squeue}, ...) and returns what it printed. */
@FunctionalInterface
public interface ClusterCommands {

  /**
   * What a command did.
   *
   * @param exitCode its exit code
   * @param stdout its standard output
   * @param stderr its standard error
   */
  record Result(int exitCode, String stdout, String stderr) {

    /**
     * Tells whether the command succeeded.
     *
     * @return true for exit code 0
     */
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /**
   * Runs a command to its end.
   *
   * @param command the program and its arguments
   * @return its exit code and output
   * @throws IOException when the program cannot be started (e.g. SLURM is not installed here)
   */
  Result run(List<String> command) throws IOException;

  /**
   * Runs commands as processes of this machine.
   *
   * @return the runner
   */
  static ClusterCommands processes() {
    return command -> {
      Path errors = Files.createTempFile("ganlab-slurm", ".err");
      try {
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.DISCARD
            .file()).redirectError(errors.toFile()).start();
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
          out = stdout.readAllBytes();
        }
        int exitCode = process.waitFor();
        return new Result(exitCode, new String(out, StandardCharsets.UTF_8),
            Files.readString(errors, StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while " + command.get(0) + " ran", e);
      } finally {
        Files.deleteIfExists(errors);
      }
    };
  }
}
