package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.engine.NativeArrays;

/**
 * Overwrites a block's freshly initialised weights with values drawn from seeds derived from the run
 * seed and each parameter's name, so initial weights never depend on the engine's global RNG (which
 * concurrent runs in one JVM would share). Biases and BN shifts start at 0, BN scales at 1 (or N(1, σ²)
 * for DCGAN); running statistics and parameters that are not trained (the fixed scale and shift of a
 * batch norm built without them) keep the engine's constants.
 */
public final class ParameterInitializer {
  private final long runSeed;

  /**
   * Creates an initializer for one run.
   *
   * @param runSeed the run seed
   */
  public ParameterInitializer(long runSeed) {
    this.runSeed = runSeed;
  }

  /**
   * He/LeCun-style uniform weights U(−1/√fan_in, 1/√fan_in) (PyTorch's default for linear and conv
   * weights), zero biases.
   *
   * @param network the network's stable name (part of every parameter's seed)
   * @param block an initialised block
   */
  public void uniformFanIn(String network, Block block) {
    for (Pair<String, Parameter> entry : block.getParameters()) {
      NDArray array = entry.getValue().getArray();
      int n = (int) array.size();
      if (entry.getValue().getType() == Parameter.Type.WEIGHT) {
        long[] shape = array.getShape().getShape();
        double bound = 1.0 / Math.sqrt(Math.max(1, n / shape[0]));
        SplittableRandom random = random(network, entry.getKey());
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
          values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        NativeArrays.assign(array, values);
      } else {
        initOther(entry.getValue(), network, entry.getKey(), 0);
      }
    }
  }

  /**
   * Radford et al. (2016): weights N(0, std²), BN scales N(1, std²), biases and shifts 0.
   *
   * @param network the network's stable name
   * @param block an initialised block
   * @param std the standard deviation (0.02 in the paper)
   */
  public void normal(String network, Block block, double std) {
    for (Pair<String, Parameter> entry : block.getParameters()) {
      NDArray array = entry.getValue().getArray();
      if (entry.getValue().getType() == Parameter.Type.WEIGHT) {
        NativeArrays.assign(array,
            Gaussian.sample(random(network, entry.getKey()), (int) array.size(), 0, std));
      } else {
        initOther(entry.getValue(), network, entry.getKey(), std);
      }
    }
  }

  private void initOther(Parameter parameter, String network, String name, double gammaStd) {
    if (!parameter.requiresGradient()) {
      return;
    }
    NDArray array = parameter.getArray();
    int n = (int) array.size();
    switch (parameter.getType()) {
      case BIAS, BETA -> NativeArrays.assign(array, new float[n]);
      case GAMMA -> NativeArrays.assign(array,
          gammaStd > 0 ? Gaussian.sample(random(network, name), n, 1, gammaStd) : ones(n));
      default -> { }
    }
  }

  private SplittableRandom random(String network, String name) {
    return new SplittableRandom(Seeds.derive(runSeed, "init/" + network + "/" + name, 0));
  }

  private static float[] ones(int n) {
    float[] values = new float[n];
    Arrays.fill(values, 1f);
    return values;
  }
}
