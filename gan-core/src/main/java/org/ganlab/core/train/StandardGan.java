package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Map;
import org.ganlab.core.loss.LossTerms;

/**
 * The two-network GAN of Goodfellow et al. (2014) as {@link GanModels}: a generator G(z) and a
 * discriminator D(x) returning one logit per sample; a {@link DiscriminatorPhase} (fakes detached,
 * optional gradient penalty, repeated {@code d_steps} times) and a {@link GeneratorPhase}. Variants
 * with this shape (vanilla, DCGAN) supply only their two blocks.
 */
public final class StandardGan implements GanModels {

  private final Block generator;
  private final Block discriminator;
  private final BuildContext context;
  private final ParameterStore store;
  private final List<UpdatePhase> phases;

  /**
   * Wraps two initialised blocks.
   *
   * @param generator maps {@code [B, latentDim]} to samples {@code [B, ...]} in the data's shape
   * @param discriminator maps samples to logits {@code [B, 1]}
   * @param context the build context (loss, penalty, config, manager)
   */
  public StandardGan(Block generator, Block discriminator, BuildContext context) {
    this.generator = generator;
    this.discriminator = discriminator;
    this.context = context;
    this.store = new ParameterStore(context.manager(), false);
    this.phases = List.of(new DiscriminatorPhase("d", DISCRIMINATOR, context, this::contest),
        new GeneratorPhase(List.of(GENERATOR), List.of(LossTerms.G_LOSS), this::generatorLoss));
  }

  @Override
  public Map<String, Block> networks() {
    return GanModels.pair(generator, discriminator);
  }

  @Override
  public List<UpdatePhase> phases() {
    return phases;
  }

  @Override
  public String generatorName() {
    return GENERATOR;
  }

  @Override
  public int latentDim() {
    return context.config().model().latentDim();
  }

  @Override
  public NDArray generate(NDArray latent, NDArray labels) {
    return generator.forward(store, new NDList(latent), false).singletonOrThrow();
  }

  private NDArray discriminate(NDArray samples) {
    return discriminator.forward(store, new NDList(samples), true).singletonOrThrow();
  }

  private NDArray fake(PhaseContext phase) {
    return generator.forward(store, new NDList(phase.latent()), true).singletonOrThrow();
  }

  private Contest contest(PhaseContext phase) {
    return Contest.of(phase.real(), fake(phase).stopGradient(), this::discriminate);
  }

  private LossTerms generatorLoss(PhaseContext phase) {
    NDArray generatorLoss = context.loss().generator(discriminate(fake(phase)));
    return new LossTerms(Map.of(LossTerms.G_LOSS, generatorLoss), LossTerms.G_LOSS);
  }
}
