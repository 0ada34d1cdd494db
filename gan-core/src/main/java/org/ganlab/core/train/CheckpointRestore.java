package org.ganlab.core.train;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import org.ganlab.core.io.Checkpoint;

/** Loads a checkpoint into a run's training state, refusing one made with another config. */
final class CheckpointRestore {
  private CheckpointRestore() {}

  /**
   * Restores {@code state} from a checkpoint file.
   *
   * @param state the freshly built training state
   * @param file the checkpoint
   * @param configSha256 the hash of the config the state was built from
   * @param manager parent of the scratch manager the file is read into
   * @return the step the checkpoint was taken at
   * @throws IllegalStateException when the checkpoint was made with another config
   */
  static long restore(TrainingState state, Path file, String configSha256, NDManager manager) {
    try (NDManager scratch = manager.newSubManager()) {
      Checkpoint checkpoint = Checkpoint.read(file, scratch);
      if (!checkpoint.configSha256().equals(configSha256)) {
        throw new IllegalStateException("refusing to use " + file
            + ": it was made with config " + checkpoint.configSha256()
            + ", this config is " + configSha256);
      }
      state.restore(checkpoint);
      return checkpoint.step();
    }
  }
}
