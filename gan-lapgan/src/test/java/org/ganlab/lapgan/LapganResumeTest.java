package org.ganlab.lapgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class-conditional, spectrally normalised LAPGAN with a gradient penalty and a moving average, killed
 * after step 3 and resumed from its step-2 checkpoint, ends with the metrics.csv and the checkpoint of
 * an uninterrupted run, byte for byte.
 */
class LapganResumeTest {
  private static final ExperimentConfig CONFIG = Fixtures.config("model.conditional=true",
      "model.spectral_norm=true", "loss.penalty.type=gp", "training.steps=4",
      "training.checkpoint_every=2", "training.log_every=1", "training.ema=0.9", "eval.every=4",
      "eval.grid_size=10");

  @Test
  void aResumedRunEndsWithTheBytesOfAnUninterruptedOne(@TempDir Path dir) throws IOException {
    assertThat(train(dir.resolve("whole"), false, new TrainingListener() {}).status())
        .isEqualTo(RunStatus.DONE);
    assertThatThrownBy(() -> train(dir.resolve("cut"), false, new CrashAfter(3)))
        .isInstanceOf(SimulatedCrash.class);

    assertThat(train(dir.resolve("cut"), true, new TrainingListener() {}).status())
        .isEqualTo(RunStatus.DONE);

    for (String file : List.of("metrics.csv", "checkpoints/latest.ckpt", "samples/step-000004.png",
        "samples/step-000004-chain.png")) {
      assertThat(Files.readAllBytes(dir.resolve("cut").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("whole").resolve(file)));
    }
    assertThat(Files.readAllLines(dir.resolve("whole/metrics.csv"))).hasSize(5);
  }

  private static org.ganlab.core.train.TrainingResult train(Path run, boolean resume,
      TrainingListener listener) {
    return new Trainer(CONFIG, ConfigWriter.sha256(CONFIG), new LapganVariant(),
        DataSources.open(CONFIG.data(), CONFIG.seed()), List.of(), new RunDirectory(run), listener)
        .run(resume);
  }

  /** Throws after step {@code crashAfter} is logged, like a killed process. */
  private record CrashAfter(long crashAfter) implements TrainingListener {
    @Override
    public void stepDone(long completed, Map<String, Double> losses) {
      if (completed == crashAfter) {
        throw new SimulatedCrash();
      }
    }
  }

  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
