package org.ganlab.srgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.BicubicResize;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.Contest;
import org.ganlab.core.train.DiscriminatorPhase;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GeneratorPhase;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.TranslationModels;
import org.ganlab.core.train.UpdatePhase;

/**
 * SRGAN (Ledig et al. 2017) as {@link TranslationModels}: a generator G from low- to high-resolution
 * images and a discriminator D. Two phases per step: D on real high-resolution images against detached
 * G(LR) under the configured adversarial loss (and penalty), repeated {@code d_steps} times; G on the
 * content loss plus {@code adversarial_weight} × the adversarial loss. During the first
 * {@code training.pretrain_steps} steps only G trains, on the content loss alone (the paper's
 * SRResNet initialisation); D neither runs nor steps, and its loss cells and {@code g_adversarial} are
 * left empty in {@code metrics.csv}. Logged: {@code g_loss = g_content + adversarial_weight ·
 * g_adversarial}.
 */
final class Srgan implements TranslationModels {
  private static final String CONTENT = "g_content";
  private static final String ADVERSARIAL = "g_adversarial";

  private final Block generator;
  private final Block discriminator;
  private final BuildContext context;
  private final ContentLoss content;
  private final double adversarialWeight;
  private final int scale;
  private final ParameterStore store;
  private final List<UpdatePhase> phases;

  /**
   * Wraps two initialised networks.
   *
   * @param generator low-resolution images to high-resolution images
   * @param discriminator high-resolution images to logits {@code [B, 1]}
   * @param context the build context (loss, penalty, config, manager)
   * @param content the content loss
   */
  Srgan(Block generator, Block discriminator, BuildContext context, ContentLoss content) {
    this.generator = generator;
    this.discriminator = discriminator;
    this.context = context;
    this.content = content;
    SrganOptions options = context.config().model().options(SrganOptions.class);
    this.adversarialWeight = options.adversarialWeight();
    this.scale = options.scale();
    this.store = new ParameterStore(context.manager(), false);
    this.phases = List.of(
        new DiscriminatorPhase("d", DISCRIMINATOR, context, this::contest, step -> !pretraining(step)),
        new GeneratorPhase(List.of(GENERATOR), List.of(CONTENT, ADVERSARIAL, LossTerms.G_LOSS),
            this::generatorLoss));
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
  public NDArray translate(NDArray input) {
    return generator.forward(store, new NDList(input), false).singletonOrThrow();
  }

  /**
   * Upsamples bicubically (PIL/PyTorch bicubic, a = -0.5), the baseline of the paper's tables.
   *
   * @param input low-resolution images {@code [n, C, h, w]}
   * @return {@code [n, C, h·scale, w·scale]}, owned by {@code input}'s manager
   */
  @Override
  public NDArray baseline(NDArray input) {
    long[] dims = input.getShape().getShape();
    int height = (int) dims[2] * scale;
    int width = (int) dims[3] * scale;
    float[] upsampled = BicubicResize.resize(input.toFloatArray(),
        new SampleShape((int) dims[1], (int) dims[2], (int) dims[3]), height, width);
    return NativeArrays.create(input.getManager(), upsampled,
        new Shape(dims[0], dims[1], height, width));
  }

  /**
   * Returns the low-resolution input upscaled by pixel repetition (nearest neighbour), its bicubic
   * upsampling and the super-resolved image.
   *
   * @param input low-resolution images {@code [n, C, h, w]}
   * @return three panels {@code [n, C, h·scale, w·scale]}
   */
  @Override
  public List<NDArray> gridPanels(NDArray input) {
    NDArray nearest = input.repeat(2, scale).repeat(3, scale);
    return List.of(nearest, baseline(input), translate(input));
  }

  private boolean pretraining(long step) {
    return step < context.config().training().pretrainSteps();
  }

  private NDArray superResolve(PhaseContext phase) {
    return generator.forward(store, new NDList(phase.input()), true).singletonOrThrow();
  }

  private NDArray discriminate(NDArray images) {
    return discriminator.forward(store, new NDList(images), true).singletonOrThrow();
  }

  private Contest contest(PhaseContext phase) {
    return Contest.of(phase.real(), superResolve(phase).stopGradient(), this::discriminate);
  }

  private LossTerms generatorLoss(PhaseContext phase) {
    NDArray superResolved = superResolve(phase);
    NDArray contentLoss = content.between(superResolved, phase.real());
    Map<String, NDArray> terms = new LinkedHashMap<>();
    terms.put(CONTENT, contentLoss);
    if (pretraining(phase.step())) {
      terms.put(LossTerms.G_LOSS, contentLoss);
    } else {
      NDArray adversarial = context.loss().generator(discriminate(superResolved));
      terms.put(ADVERSARIAL, adversarial);
      terms.put(LossTerms.G_LOSS, contentLoss.add(
          adversarial.mul(NativeArrays.scalar(adversarial, (float) adversarialWeight))));
    }
    return new LossTerms(terms, LossTerms.G_LOSS);
  }
}
