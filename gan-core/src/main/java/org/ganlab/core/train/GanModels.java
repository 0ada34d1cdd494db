package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variant's built networks and how they are trained and sampled. Parameters live in the manager the
 * models were built with; the trainer owns optimisation, checkpoints and the moving average.
 */
public interface GanModels {

  /** The generator's name in a model of one generator and one discriminator. */
  String GENERATOR = "generator";

  /** The discriminator's name in such a model. */
  String DISCRIMINATOR = "discriminator";

  /**
   * Returns the networks of a model of one generator and one discriminator, in that order.
   *
   * @param generator the generator, named {@link #GENERATOR}
   * @param discriminator the discriminator, named {@link #DISCRIMINATOR}
   * @return an ordered map of the two
   */
  static Map<String, Block> pair(Block generator, Block discriminator) {
    Map<String, Block> networks = new LinkedHashMap<>();
    networks.put(GENERATOR, generator);
    networks.put(DISCRIMINATOR, discriminator);
    return networks;
  }

  /**
   * Returns the networks by stable name (e.g. {@code generator}, {@code discriminator}); the names key
   * parameters in checkpoints.
   *
   * @return the networks, in a stable order
   */
  Map<String, Block> networks();

  /**
   * Returns the update phases of one training step, in order.
   *
   * @return the phases
   */
  List<UpdatePhase> phases();

  /**
   * Returns the name of the network whose weights are averaged when {@code training.ema > 0} and used for
   * sampling.
   *
   * @return a key of {@link #networks()}
   */
  String generatorName();

  /**
   * Returns the length of the latent vector.
   *
   * @return latent size
   */
  int latentDim();

  /**
   * Returns whether {@link #generate} uses its labels (a conditional model). Sample grids of conditional
   * models show one class per row; evaluation asks for classes in turn.
   *
   * @return false unless the model is conditional
   */
  default boolean conditional() {
    return false;
  }

  /**
   * Generates samples in inference mode.
   *
   * @param latent noise {@code [n, latentDim]}
   * @param labels classes to generate {@code [n]} (int32), or {@code null}
   * @return samples {@code [n, ...]} in the data's shape and range, owned by {@code latent}'s manager
   */
  NDArray generate(NDArray latent, NDArray labels);

  /**
   * Returns figures drawn beside each sample grid, e.g. the stages of a multi-stage sampler or a style-mixing grid, in
   * inference mode from one row of the grid's latents.
   *
   * @param latent noise {@code [n, latentDim]}
   * @param labels classes {@code [n]} (int32) for a conditional model, or {@code null}
   * @return the figures; none by default
   */
  default List<SampleFigure> sampleFigures(NDArray latent, NDArray labels) {
    return List.of();
  }
}
