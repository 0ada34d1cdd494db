package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;

/**
 * Reads a run directory's state from its {@code provenance.json} (status and reason) and its checkpoint.
 * Files are written atomically, so a run killed at any moment shows a whole old or new file; a checkpoint
 * that does not match its checksum (see {@link Checkpoint#isIntact}) counts as none.
 */
public final class RunInspector {

  private RunInspector() {}

  /**
   * Inspects a run directory.
   *
   * @param directory the run's directory, which need not exist
   * @return done, diverged or failed as recorded; partial for an unfinished run (stopped or killed) with an
   *     intact checkpoint; new otherwise; a stopped run's reason says where it stopped
   */
  public static RunRecord inspect(RunDirectory directory) {
    boolean checkpoint = Checkpoint.isIntact(directory.latestCheckpoint());
    RunState unfinished = checkpoint ? RunState.PARTIAL : RunState.NEW;
    if (!Files.exists(directory.provenance())) {
      return new RunRecord(unfinished, "");
    }
    JsonNode provenance;
    try {
      provenance = ConfigJson.json().readTree(directory.provenance().toFile());
    } catch (IOException e) {
      return new RunRecord(unfinished, "");
    }
    String reason = provenance.path("reason").asText("");
    return switch (provenance.path("status").asText("")) {
      case "done" -> new RunRecord(RunState.DONE, "");
      case "diverged" -> new RunRecord(RunState.DIVERGED, reason);
      case "failed" -> new RunRecord(RunState.FAILED, reason);
      case "stopped" -> new RunRecord(unfinished, reason);
      default -> new RunRecord(unfinished, "");
    };
  }
}
