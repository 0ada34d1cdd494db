package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.engine.NativeArrays;

/**
 * The power-iteration estimate of a weight's largest singular value σ used by spectral normalisation
 * (Miyato et al., "Spectral Normalization for Generative Adversarial Networks", ICLR 2018), shared by
 * {@link SpectralNormConv2d} and {@link SpectralNormLinear}.
 *
 * <p>The weight is read as a matrix W {@code [out, rest]} (its first axis against all others). One step
 * computes v = normalize(Wᵀu), u' = normalize(W v) on detached copies, with normalize(x) = x / max(‖x‖,
 * ε), ε = 1e-12, then σ = u'ᵀ W v on W's autograd graph, and returns W / σ in W's shape. In training the
 * stored u {@code [out]} is overwritten by u'; in inference u' is computed but not stored.
 */
final class PowerIteration {

  /** The floor of the norm in normalize(x), as in {@code torch.nn.functional.normalize}. */
  static final double EPSILON = 1e-12;

  private PowerIteration() {}

  /**
   * Builds the {@code u} parameter: not trained, type OTHER, initialised by {@link #unitNormal}.
   *
   * @param seed the seed of u's initial draw
   * @return the parameter, its shape still unset
   */
  static Parameter vectorParameter(long seed) {
    return Parameter.builder()
        .setName("u")
        .setType(Parameter.Type.OTHER)
        .optRequiresGrad(false)
        .optInitializer(unitNormal(seed))
        .build();
  }

  /**
   * An initializer that draws N(0, 1) values from {@link Gaussian} with the given seed and scales them to
   * unit Euclidean norm.
   *
   * @param seed the seed
   * @return the initializer
   */
  static Initializer unitNormal(long seed) {
    return (NDManager manager, Shape shape, DataType dataType) -> {
      float[] values = Gaussian.sample(new SplittableRandom(seed), (int) shape.size(), 0, 1);
      double sum = 0;
      for (float value : values) {
        sum += (double) value * value;
      }
      float scale = (float) (1.0 / Math.max(Math.sqrt(sum), EPSILON));
      for (int i = 0; i < values.length; i++) {
        values[i] *= scale;
      }
      return NativeArrays.create(manager, values, shape).toType(dataType, false);
    };
  }

  /**
   * Runs one power-iteration step and returns the normalised weight.
   *
   * @param weight W, any shape with the output axis first, e.g. {@code [out, in, k, k]}
   * @param u the value of the stored u {@code [out]} used in this pass
   * @param stored the stored u parameter, updated in place when training
   * @param scope the manager that owns this pass's temporary arrays (the input's)
   * @param training whether to store the new u
   * @return W / σ, same shape as W, attached to W's graph
   */
  static NDArray normalise(
      NDArray weight, NDArray u, Parameter stored, NDManager scope, boolean training) {
    Shape shape = weight.getShape();
    NDArray matrix = weight.reshape(shape.get(0), -1);
    matrix.attach(scope);
    NDArray detached = matrix.stopGradient();
    NDArray previous = u.duplicate();
    previous.attach(scope);
    NDArray v = unit(detached.transpose().matMul(previous));
    NDArray next = unit(detached.matMul(v));
    NDArray sigma = next.dot(matrix.matMul(v));
    if (training) {
      NativeArrays.assign(stored.getArray(), next);
    }
    return matrix.div(sigma).reshape(shape);
  }

  /**
   * Reads the current σ = uᵀ W v with v = normalize(Wᵀu), without touching u or W's graph.
   *
   * @param weight W, output axis first
   * @param u the stored u {@code [out]}
   * @return σ
   */
  static double sigma(NDArray weight, NDArray u) {
    try (NDManager scope = weight.getManager().newSubManager()) {
      NDArray matrix = weight.reshape(weight.getShape().get(0), -1);
      matrix.attach(scope);
      NDArray detached = matrix.stopGradient();
      NDArray previous = u.duplicate();
      previous.attach(scope);
      NDArray v = unit(detached.transpose().matMul(previous));
      return detached.matMul(v).dot(previous).getFloat();
    }
  }

  private static NDArray unit(NDArray x) {
    return x.div(x.norm().maximum(NativeArrays.scalar(x, (float) EPSILON)));
  }
}
