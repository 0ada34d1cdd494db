package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ganlab.core.engine.NativeArrays;
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
 * (R1) are scored with the real labels. The generator phase scores fresh fakes with their labels. With
 * an auxiliary classifier (λ = {@code model.classifier_weight} &gt; 0) D also learns to classify the
 * real batch ({@code d_class}) and G to have its fakes classified as the class asked for
 * ({@code g_class}), each λ·cross-entropy added to the phase's total; λ lives in libtorch memory
 * ({@link NativeArrays#scalar}), since the backward pass reads it.
 */
final class ConditionalGan implements GanModels {
  /** Name of the generator's weighted classification term. */
  static final String G_CLASS = "g_class";

  private final Block generator;
  private final Block discriminator;
  private final BuildContext context;
  private final ParameterStore store;
  private final double classifierWeight;
  private final List<UpdatePhase> phases;

  /**
   * Wraps two initialised blocks.
   *
   * @param generator maps latent {@code [B, latentDim]} and labels {@code [B]} to samples
   *     {@code [B, ...]}
   * @param discriminator maps samples and labels to logits {@code [B, 1]}
   * @param context the build context (loss, penalty, config, manager)
   * @param classifierWeight λ of the auxiliary classifier, 0 when the discriminator has none (its
   *     second output are class logits otherwise)
   */
  ConditionalGan(Block generator, Block discriminator, BuildContext context,
      double classifierWeight) {
    this.generator = generator;
    this.discriminator = discriminator;
    this.context = context;
    this.classifierWeight = classifierWeight;
    this.store = new ParameterStore(context.manager(), false);
    UpdatePhase adversarial = new DiscriminatorPhase("d", DISCRIMINATOR, context, this::contest);
    this.phases = classifierWeight > 0
        ? List.of(new ClassifiedDiscriminatorPhase(adversarial, classifierWeight,
                this::realClassLoss),
            new GeneratorPhase(List.of(GENERATOR), List.of(G_CLASS, LossTerms.G_LOSS),
                this::generatorLoss))
        : List.of(adversarial,
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
    return judge(samples, labels).get(0);
  }

  /** D's outputs in training mode: the logits, then the class logits when it has a classifier. */
  private NDList judge(NDArray samples, NDArray labels) {
    return discriminator.forward(store, new NDList(samples, labels), true);
  }

  private NDArray realClassLoss(PhaseContext phase) {
    return ClassifierLoss.crossEntropy(judge(phase.real(), phase.realLabels()).get(1),
        phase.realLabels());
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
    NDList judged = judge(fake(phase), phase.fakeLabels());
    NDArray generatorLoss = context.loss().generator(judged.get(0));
    if (classifierWeight == 0) {
      return new LossTerms(Map.of(LossTerms.G_LOSS, generatorLoss), LossTerms.G_LOSS);
    }
    NDArray classLoss = ClassifierLoss.crossEntropy(judged.get(1), phase.fakeLabels());
    NDArray classTerm = classLoss.mul(NativeArrays.scalar(classLoss, (float) classifierWeight));
    Map<String, NDArray> terms = new LinkedHashMap<>();
    terms.put(G_CLASS, classTerm);
    terms.put(LossTerms.G_LOSS, generatorLoss.add(classTerm));
    return new LossTerms(terms, LossTerms.G_LOSS);
  }
}
