package org.ganlab.core.testing;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.nn.SpectralNormConv2d;
import org.ganlab.core.nn.SpectralNormLinear;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;

/**
 * Finds the spectrally normalised layers of a variant's networks and measures them after training, for
 * the variants' spectral-norm tests: the largest singular value of W/σ(u) from Commons Math's SVD (W read
 * as {@code [out, rest]}, σ(u) the layer's own estimate) and u before and after.
 */
public final class SpectralNormLayers {

  private SpectralNormLayers() {}

  /**
   * One spectrally normalised layer after a run.
   *
   * @param name {@code network/child/...} path of the layer
   * @param outputs the length of u (output channels or units)
   * @param initialU u as the variant built it
   * @param trainedU u in the run's checkpoint
   * @param normalisedNorm the largest singular value of W / σ(u), with the checkpoint's W and u
   */
  public record Measured(
      String name, int outputs, float[] initialU, float[] trainedU, double normalisedNorm) {}

  /**
   * Trains a config for its {@code training.steps} through the core {@link Trainer} in {@code dir}, then
   * measures the normalised layers of a fresh build loaded from the final checkpoint.
   *
   * @param variant the variant named by the config
   * @param config the resolved config
   * @param dir an empty run directory
   * @return every normalised layer, in network and layer order
   */
  public static List<Measured> trainAndMeasure(GanVariant variant, ExperimentConfig config, Path dir) {
    DataSource data = variant.openData(config);
    RunDirectory run = new RunDirectory(dir);
    RunStatus status = new Trainer(config, ConfigWriter.sha256(config), variant, data, List.of(), run,
        new TrainingListener() {}).run(false).status();
    if (status != RunStatus.DONE) {
      throw new AssertionError("the run ended " + status);
    }
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = variant.build(BuildContext.of(config, data, manager));
      return measure(models, Checkpoint.read(run.latestCheckpoint(), manager));
    }
  }

  /**
   * Measures the normalised layers of freshly built models after loading a checkpoint's network arrays
   * ({@code net/<network>/<parameter>}) into them.
   *
   * @param models the models as the variant built them (not trained)
   * @param checkpoint a checkpoint of a run of the same config
   * @return every normalised layer, in network and layer order
   */
  public static List<Measured> measure(GanModels models, Checkpoint checkpoint) {
    Map<String, Block> layers = new LinkedHashMap<>();
    models.networks().forEach((network, block) -> collect(network, block, layers));
    Map<String, float[]> initial = new LinkedHashMap<>();
    layers.forEach((name, layer) -> initial.put(name, u(layer)));
    load(models, checkpoint);
    List<Measured> measured = new ArrayList<>();
    layers.forEach((name, layer) -> {
      NDArray weight = layer.getParameters().get("weight").getArray();
      double largest = largestSingularValue(weight.toFloatArray(), (int) weight.getShape().get(0));
      float[] trained = u(layer);
      measured.add(new Measured(name, trained.length, initial.get(name), trained,
          largest / sigma(layer)));
    });
    return measured;
  }

  /**
   * Returns the largest singular value of a row-major matrix, by Commons Math's SVD.
   *
   * @param values the entries, row-major
   * @param rows the number of rows; columns = values.length / rows
   * @return the spectral norm
   */
  public static double largestSingularValue(float[] values, int rows) {
    int columns = values.length / rows;
    double[][] matrix = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        matrix[r][c] = values[r * columns + c];
      }
    }
    return new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false))
        .getSingularValues()[0];
  }

  private static void collect(String path, Block block, Map<String, Block> layers) {
    if (block instanceof SpectralNormConv2d || block instanceof SpectralNormLinear) {
      layers.put(path, block);
      return;
    }
    for (Pair<String, Block> child : block.getChildren()) {
      collect(path + "/" + child.getKey(), child.getValue(), layers);
    }
  }

  private static void load(GanModels models, Checkpoint checkpoint) {
    models.networks().forEach((network, block) -> {
      for (Pair<String, Parameter> parameter : block.getParameters()) {
        NDArray saved = checkpoint.arrays().get("net/" + network + "/" + parameter.getKey());
        if (saved == null) {
          throw new AssertionError("the checkpoint has no " + network + "/" + parameter.getKey());
        }
        saved.copyTo(parameter.getValue().getArray());
      }
    });
  }

  private static double sigma(Block layer) {
    return layer instanceof SpectralNormConv2d conv
        ? conv.sigma()
        : ((SpectralNormLinear) layer).sigma();
  }

  private static float[] u(Block layer) {
    return layer.getParameters().get("u").getArray().toFloatArray();
  }
}
