package org.ganlab.cyclegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.DiscriminatorPhase;
import org.ganlab.core.train.GeneratorPhase;
import org.ganlab.core.train.TranslationModels;
import org.ganlab.core.train.UpdatePhase;

/**
 * CycleGAN's models (Zhu et al., "Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial
 * Networks", ICCV 2017): generators G_AB (inputs, domain A, to targets, domain B) and G_BA, a
 * discriminator per domain, and an image pool per discriminator. One training step is a generator phase
 * updating both generators on the {@link CycleLoss}, then a discriminator phase for D_A and one for D_B,
 * each on its {@link PoolContest}. Evaluation translates with G_AB, compares with the identity mapping
 * and reconstructs with G_BA(G_AB(x)).
 */
final class CycleGan implements TranslationModels {
  /** G_AB, which evaluation translates with and whose weights the moving average follows. */
  static final String GENERATOR_AB = "generator_ab";
  /** G_BA, the way back. */
  static final String GENERATOR_BA = "generator_ba";
  /** D_A, which tells real domain-A images from G_BA's. */
  static final String DISCRIMINATOR_A = "discriminator_a";
  /** D_B, which tells real domain-B images from G_AB's. */
  static final String DISCRIMINATOR_B = "discriminator_b";
  /** The pool of G_BA's fakes that D_A trains on. */
  static final String POOL_A = "pool_a";
  /** The pool of G_AB's fakes that D_B trains on. */
  static final String POOL_B = "pool_b";

  private final Map<String, Block> networks;
  private final ParameterStore store;
  private final List<UpdatePhase> phases;

  /**
   * Wraps initialised networks and pools.
   *
   * @param networks the four networks and two pools by the names above
   * @param context the build context (config, loss, penalty, manager)
   */
  CycleGan(Map<String, Block> networks, BuildContext context) {
    this.networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
    this.store = new ParameterStore(context.manager(), false);
    CycleGanOptions options = context.config().model().options(CycleGanOptions.class);
    this.phases = List.of(
        new GeneratorPhase(List.of(GENERATOR_AB, GENERATOR_BA), CycleLoss.TERMS,
            new CycleLoss(this, context.loss(), options)),
        new DiscriminatorPhase("da", DISCRIMINATOR_A, context, new PoolContest(this,
            DISCRIMINATOR_A, GENERATOR_BA, (ImagePool) networks.get(POOL_A), true)),
        new DiscriminatorPhase("db", DISCRIMINATOR_B, context, new PoolContest(this,
            DISCRIMINATOR_B, GENERATOR_AB, (ImagePool) networks.get(POOL_B), false)));
  }

  @Override
  public Map<String, Block> networks() {
    return networks;
  }

  @Override
  public List<UpdatePhase> phases() {
    return phases;
  }

  @Override
  public String generatorName() {
    return GENERATOR_AB;
  }

  /**
   * Runs one network.
   *
   * @param network a generator or discriminator name
   * @param x its input {@code [B, C, S, S]}
   * @param training whether the pass is recorded for training
   * @return its output, in {@code x}'s manager
   */
  NDArray run(String network, NDArray x, boolean training) {
    return networks.get(network).forward(store, new NDList(x), training).singletonOrThrow();
  }

  @Override
  public NDArray translate(NDArray input) {
    return run(GENERATOR_AB, input, false);
  }

  /**
   * Returns the identity mapping: a translation that changes nothing.
   *
   * @param input inputs {@code [n, C, S, S]}
   * @return a copy of the inputs
   */
  @Override
  public NDArray baseline(NDArray input) {
    return input.duplicate();
  }

  @Override
  public boolean cycles() {
    return true;
  }

  @Override
  public NDArray translateBack(NDArray target) {
    return run(GENERATOR_BA, target, false);
  }

  /**
   * Returns the grid columns: A, G_AB(A) and G_BA(G_AB(A)).
   *
   * @param input inputs {@code [n, C, S, S]}
   * @return three panels {@code [n, C, S, S]}
   */
  @Override
  public List<NDArray> gridPanels(NDArray input) {
    NDArray translated = translate(input);
    return List.of(input, translated, run(GENERATOR_BA, translated, false));
  }
}
