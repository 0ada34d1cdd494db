package org.ganlab.dcgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spectrally normalised DCGAN (with a gradient penalty, so u also moves in the penalty's pass) killed
 * after step 3 and resumed from its step-2 checkpoint in a fresh build: every u comes back bit for bit,
 * and steps 3 and 4 give exactly the losses of an uninterrupted run.
 */
class DcganSpectralNormResumeTest {
  private static final ExperimentConfig CONFIG = DcganSpectralNormTest.config(
      "training.steps=4", "training.checkpoint_every=2", "loss.penalty.type=gp");
  private static final List<String> U_NAMES = List.of("net/discriminator/01SpectralNormConv2d_u",
      "net/discriminator/03SpectralNormConv2d_u", "net/discriminator/06SpectralNormLinear_u");

  @Test
  void resumedRunRestoresEveryUAndContinuesExactly(@TempDir Path dir) {
    Path stepTwo = dir.resolve("whole-step2.ckpt");
    Recorder whole = new Recorder(Long.MAX_VALUE) {
      @Override
      void afterStep(long completed) {
        if (completed == 3) {
          copy(dir.resolve("whole/checkpoints/latest.ckpt"), stepTwo);
        }
      }
    };
    train(new DcganVariant(), dir.resolve("whole"), false, whole);
    assertThatThrownBy(() -> train(new DcganVariant(), dir.resolve("cut"), false, new Recorder(3)))
        .isInstanceOf(SimulatedCrash.class);
    Capturing variant = new Capturing();
    Map<String, int[]> restoredU = new TreeMap<>();
    Recorder resumed = new Recorder(Long.MAX_VALUE) {
      @Override
      public void started(long firstStep, long totalSteps) {
        restoredU.putAll(uBits(variant.models));
      }
    };
    train(variant, dir.resolve("cut"), true, resumed);

    Map<String, int[]> savedU = savedUBits(stepTwo);
    assertThat(savedU.keySet()).containsExactlyElementsOf(U_NAMES);
    assertThat(restoredU.keySet()).containsExactlyElementsOf(U_NAMES);
    savedU.forEach((name, bits) -> assertThat(restoredU.get(name)).as(name).isEqualTo(bits));
    assertThat(savedU.get(U_NAMES.get(1))).isNotEqualTo(initialUBits().get(U_NAMES.get(1)));
    assertThat(resumed.losses).containsOnlyKeys(3L, 4L);
    assertThat(resumed.losses.get(3L)).isEqualTo(whole.losses.get(3L));
    assertThat(resumed.losses.get(4L)).isEqualTo(whole.losses.get(4L));
    assertThat(bytes(dir.resolve("cut/checkpoints/latest.ckpt")))
        .isEqualTo(bytes(dir.resolve("whole/checkpoints/latest.ckpt")));
  }

  private static void train(GanVariant variant, Path run, boolean resume, TrainingListener listener) {
    DataSource data = DataSources.open(CONFIG.data(), CONFIG.seed());
    new Trainer(CONFIG, ConfigWriter.sha256(CONFIG), variant, data, List.of(), new RunDirectory(run),
        listener).run(resume);
  }

  private static Map<String, int[]> savedUBits(Path checkpoint) {
    try (NDManager manager = NDManager.newBaseManager()) {
      Map<String, int[]> bits = new TreeMap<>();
      Checkpoint.read(checkpoint, manager).arrays().forEach((name, array) -> {
        if (name.startsWith("net/") && name.endsWith("_u")) {
          bits.put(name, bits(array));
        }
      });
      return bits;
    }
  }

  private static Map<String, int[]> initialUBits() {
    try (NDManager manager = NDManager.newBaseManager()) {
      DataSource data = DataSources.open(CONFIG.data(), CONFIG.seed());
      return uBits(new DcganVariant().build(BuildContext.of(CONFIG, data, manager)));
    }
  }

  private static Map<String, int[]> uBits(GanModels models) {
    Map<String, int[]> bits = new TreeMap<>();
    models.networks().forEach((network, block) -> {
      for (Pair<String, Parameter> parameter : block.getParameters()) {
        if (parameter.getValue().getName().equals("u")) {
          bits.put("net/" + network + "/" + parameter.getKey(), bits(parameter.getValue().getArray()));
        }
      }
    });
    return bits;
  }

  private static int[] bits(NDArray array) {
    float[] values = array.toFloatArray();
    int[] bits = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Float.floatToRawIntBits(values[i]);
    }
    return bits;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records each step's losses and throws after step {@code crashAfter}, like a killed process. */
  private static class Recorder implements TrainingListener {
    final Map<Long, Map<String, Double>> losses = new LinkedHashMap<>();
    private final long crashAfter;

    Recorder(long crashAfter) {
      this.crashAfter = crashAfter;
    }

    @Override
    public void stepDone(long completed, Map<String, Double> stepLosses) {
      losses.put(completed, Map.copyOf(stepLosses));
      afterStep(completed);
      if (completed == crashAfter) {
        throw new SimulatedCrash();
      }
    }

    /**
     * Hook after a step is recorded; a checkpoint is written after its step's listener call, so at step
     * 3 the latest checkpoint is still step 2's.
     *
     * @param completed steps completed
     */
    void afterStep(long completed) {}
  }

  /** DCGAN that keeps the models of its last build, to look at them while the trainer holds them. */
  private static final class Capturing implements GanVariant {
    private final DcganVariant delegate = new DcganVariant();
    private GanModels models;

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public String description() {
      return delegate.description();
    }

    @Override
    public Class<? extends Record> optionsType() {
      return delegate.optionsType();
    }

    @Override
    public GanModels build(BuildContext context) {
      models = delegate.build(context);
      return models;
    }
  }

  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
