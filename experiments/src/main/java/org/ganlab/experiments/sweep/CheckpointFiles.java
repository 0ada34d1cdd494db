package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.io.RunDirectory;

/**
 * Tells whether a run's latest checkpoint can be resumed from. The checkpoint and its {@code .sha256}
 * sidecar are each written atomically but one after the other, so a run killed between the two writes
 * leaves a checkpoint that does not match its sidecar (or has none); such a run must start over.
 */
public final class CheckpointFiles {

  private CheckpointFiles() {}

  /**
   * Checks the latest checkpoint against its sidecar.
   *
   * @param directory the run's directory
   * @return true when {@code checkpoints/latest.ckpt} exists and its SHA-256 is the one its sidecar holds
   */
  public static boolean intact(RunDirectory directory) {
    Path checkpoint = directory.latestCheckpoint();
    Path sidecar = checkpoint.resolveSibling(checkpoint.getFileName() + ".sha256");
    if (!Files.exists(checkpoint) || !Files.exists(sidecar)) {
      return false;
    }
    try {
      return AtomicFiles.sha256(Files.readAllBytes(checkpoint))
          .equals(Files.readString(sidecar, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      return false;
    }
  }
}
