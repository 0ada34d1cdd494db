package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.Contest;
import org.ganlab.core.train.DiscriminatorPhase;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GeneratorPhase;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.UpdatePhase;

/**
 * The conditional GAN of Mirza and Osindero (2014) as {@link GanModels}: G(z, y) and D(x, y), both
 * given the class. The discriminator phase (repeated {@code d_steps} times) scores real samples with
 * their own labels and detached fakes with the labels they were generated for (drawn uniformly by the
 * trainer); a gradient penalty differentiates D(·, y_real), i.e. interpolates (WGAN-GP) and real points
 * (R1) are scored with the real labels. The generator phase scores fresh fakes with their labels.
 */
final class ConditionalGan implements GanModels {

  private final Block generator;
  private final Block discriminator;
  private final BuildContext context;
  private final ParameterStore store;
  private final List<UpdatePhase> phases;

  /**
   * Wraps two initialised blocks.
   *
   * @param generator maps latent {@code [B, latentDim]} and labels {@code [B]} to samples
   *     {@code [B, ...]}
   * @param discriminator maps samples and labels to logits {@code [B, 1]}
   * @param context the build context (loss, penalty, config, manager)
   */
  ConditionalGan(Block generator, Block discriminator, BuildContext context) {
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
  public boolean conditional() {
    return true;
  }

  /**
   * Generates samples of the given classes in inference mode.
   *
   * @param latent noise {@code [n, latentDim]}
   * @param labels classes {@code [n]} (int32), required
   * @return samples {@code [n, ...]}
   * @throws IllegalArgumentException when {@code labels} is null
   */
  @Override
  public NDArray generate(NDArray latent, NDArray labels) {
    if (labels == null) {
      throw new IllegalArgumentException("the conditional generator needs labels, found none");
    }
    return generator.forward(store, new NDList(latent, labels), false).singletonOrThrow();
  }

  private NDArray discriminate(NDArray samples, NDArray labels) {
    return discriminator.forward(store, new NDList(samples, labels), true).singletonOrThrow();
  }

  private NDArray fake(PhaseContext phase) {
    return generator.forward(store, new NDList(phase.latent(), phase.fakeLabels()), true)
        .singletonOrThrow();
  }

  private Contest contest(PhaseContext phase) {
    NDArray fake = fake(phase).stopGradient();
    NDArray realLabels = phase.realLabels();
    UnaryOperator<NDArray> realScore = x -> discriminate(x, realLabels);
    return new Contest(phase.real(), fake, realScore, x -> discriminate(x, phase.fakeLabels()),
        realScore);
  }

  private LossTerms generatorLoss(PhaseContext phase) {
    NDArray generatorLoss =
        context.loss().generator(discriminate(fake(phase), phase.fakeLabels()));
    return new LossTerms(Map.of(LossTerms.G_LOSS, generatorLoss), LossTerms.G_LOSS);
  }
}
