package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.loss.GradientPenalty;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.loss.Losses;
import org.ganlab.core.loss.PenaltyInput;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
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
  private static final String GENERATOR = "generator";
  private static final String DISCRIMINATOR = "discriminator";

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
    this.phases = List.of(new DiscriminatorPhase(), new GeneratorPhase());
  }

  @Override
  public Map<String, Block> networks() {
    Map<String, Block> networks = new LinkedHashMap<>();
    networks.put(GENERATOR, generator);
    networks.put(DISCRIMINATOR, discriminator);
    return networks;
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

  private final class DiscriminatorPhase implements UpdatePhase {
    @Override
    public String name() {
      return "d";
    }

    @Override
    public List<String> updates() {
      return List.of(DISCRIMINATOR);
    }

    @Override
    public LearningRate learningRate() {
      return LearningRate.DISCRIMINATOR;
    }

    @Override
    public int repeats() {
      return context.config().training().dSteps();
    }

    @Override
    public List<String> termNames() {
      return context.penalty() == null
          ? List.of("d_real", "d_fake", "d_loss")
          : List.of("d_real", "d_fake", "d_penalty", "d_loss");
    }

    @Override
    public LossTerms loss(PhaseContext phase) {
      NDArray fake = fake(phase).stopGradient();
      NDArray realLabels = phase.realLabels();
      LossTerms terms = context.loss().discriminator(
          discriminate(phase.real(), realLabels), discriminate(fake, phase.fakeLabels()));
      GradientPenalty penalty = context.penalty();
      if (penalty == null) {
        return terms;
      }
      NDArray raw = penalty.compute(new PenaltyInput(x -> discriminate(x, realLabels),
          phase.real(), fake, phase.random()));
      return Losses.withPenalty(terms, raw,
          context.config().loss().penalty().weight());
    }
  }

  private final class GeneratorPhase implements UpdatePhase {
    @Override
    public String name() {
      return "g";
    }

    @Override
    public List<String> updates() {
      return List.of(GENERATOR);
    }

    @Override
    public LearningRate learningRate() {
      return LearningRate.GENERATOR;
    }

    @Override
    public int repeats() {
      return 1;
    }

    @Override
    public List<String> termNames() {
      return List.of("g_loss");
    }

    @Override
    public LossTerms loss(PhaseContext phase) {
      NDArray generatorLoss =
          context.loss().generator(discriminate(fake(phase), phase.fakeLabels()));
      return new LossTerms(Map.of("g_loss", generatorLoss), "g_loss");
    }
  }
}
