package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.loss.AdversarialLoss;
import org.ganlab.core.loss.GradientPenalty;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.loss.Losses;
import org.ganlab.core.loss.PenaltyInput;

/**
 * The two-network GAN of Goodfellow et al. (2014) as {@link GanModels}: a generator G(z) and a
 * discriminator D(x) returning one logit per sample; a discriminator phase (fakes detached, optional
 * gradient penalty, repeated {@code d_steps} times) and a generator phase. Variants with this shape
 * (vanilla, DCGAN) supply only their two blocks.
 */
public final class StandardGan implements GanModels {
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
   * @param generator maps {@code [B, latentDim]} to samples {@code [B, ...]} in the data's shape
   * @param discriminator maps samples to logits {@code [B, 1]}
   * @param context the build context (loss, penalty, config, manager)
   */
  public StandardGan(Block generator, Block discriminator, BuildContext context) {
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
  public NDArray generate(NDArray latent, NDArray labels) {
    return generator.forward(store, new NDList(latent), false).singletonOrThrow();
  }

  private NDArray discriminate(NDArray samples) {
    return discriminator.forward(store, new NDList(samples), true).singletonOrThrow();
  }

  private NDArray fake(PhaseContext phase) {
    return generator.forward(store, new NDList(phase.latent()), true).singletonOrThrow();
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
      AdversarialLoss loss = context.loss();
      LossTerms terms = loss.discriminator(discriminate(phase.real()), discriminate(fake));
      GradientPenalty penalty = context.penalty();
      if (penalty == null) {
        return terms;
      }
      NDArray raw = penalty.compute(new PenaltyInput(StandardGan.this::discriminate,
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
      NDArray generatorLoss = context.loss().generator(discriminate(fake(phase)));
      return new LossTerms(Map.of("g_loss", generatorLoss), "g_loss");
    }
  }
}
