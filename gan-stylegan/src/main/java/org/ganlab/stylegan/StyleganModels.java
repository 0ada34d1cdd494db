package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.Contest;
import org.ganlab.core.train.DiscriminatorPhase;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GeneratorPhase;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.SampleFigure;
import org.ganlab.core.train.UpdatePhase;

/**
 * StyleGAN2's generator and discriminator with their training passes: the main discriminator pass
 * {@code d} (adversarial loss only, on real images against detached fakes), the lazy penalty pass
 * {@code dr} every {@code model.r1_interval} steps when {@code loss.penalty} is set (both stepping one
 * optimizer at the adjusted rate and betas), and the generator pass {@code g}, which also moves w̄ and,
 * when {@code model.path_length_weight} > 0, adds the weighted {@link PathLengthPenalty} at every step
 * (terms {@code g_adversarial}, {@code g_path_length}, {@code g_loss}).
 * Fakes in training mix the styles of two latents with probability {@code model.style_mixing} and get
 * fresh noise; all of it is drawn from the repetition's seeded randomness.
 *
 * <p>28 px data is padded with 2 pixels of −1 (background) on every side to the network's 32 px for
 * the discriminator, and generated samples are cropped back to the centre 28×28, so metrics and grids
 * see the data's shape. Samples are clipped to [−1, 1] (the network has no tanh).
 */
final class StyleganModels implements GanModels {
  /** The style index where the style-mixing grid switches from coarse to fine (4² and 8² layers). */
  static final int COARSE_STYLES = SynthesisNetwork.styleCount() / 2;
  /** The generator's adversarial term when the path-length term is on. */
  static final String G_ADVERSARIAL = "g_adversarial";
  /** The (unweighted) path-length penalty. */
  static final String G_PATH_LENGTH = "g_path_length";

  private final StyleGenerator generator;
  private final Block discriminator;
  private final BuildContext context;
  private final StyleganOptions options;
  private final ParameterStore store;
  private final int padding;
  private final List<UpdatePhase> phases = new ArrayList<>();

  /**
   * Wraps initialised networks.
   *
   * @param generator the generator
   * @param discriminator images {@code [N, C, 32, 32]} to logits {@code [N, 1]}
   * @param context the build context
   */
  StyleganModels(StyleGenerator generator, Block discriminator, BuildContext context) {
    this.generator = generator;
    this.discriminator = discriminator;
    this.context = context;
    this.options = context.config().model().options(StyleganOptions.class);
    this.store = new ParameterStore(context.manager(), false);
    this.padding = (32 - context.dataShape().dims()[1]) / 2;
    BuildContext unpenalised = new BuildContext(context.config(), context.dataShape(),
        context.numClasses(), context.loss(), null, context.manager());
    UpdatePhase main = new DiscriminatorPhase("d", DISCRIMINATOR, unpenalised, this::contest);
    if (context.penalty() == null) {
      phases.add(main);
    } else {
      int interval = options.r1Interval();
      phases.add(new RatioPhase(main, LazyPenaltyPhase.ratio(interval)));
      phases.add(new LazyPenaltyPhase(context.penalty(), context.config().loss().penalty().weight(),
          interval, this::contest));
    }
    phases.add(new GeneratorPhase(List.of(GENERATOR), generatorTerms(), this::generatorLoss));
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
    return samples(truncated(latent));
  }

  @Override
  public List<SampleFigure> sampleFigures(NDArray latent, NDArray labels) {
    int sources = (int) latent.getShape().get(0) / 2;
    if (sources < 1) {
      return List.of();
    }
    NDArray rows = truncated(latent.get("0:" + sources));
    NDArray columns = truncated(latent.get(sources + ":" + 2 * sources));
    List<NDArray> mixed = new ArrayList<>();
    for (int i = 0; i < SynthesisNetwork.styleCount(); i++) {
      mixed.add(i < COARSE_STYLES ? rows.tile(new long[] {sources, 1})
          : columns.repeat(0, sources));
    }
    float[] rowImages = samples(rows).toFloatArray();
    float[] columnImages = samples(columns).toFloatArray();
    float[] mixes = toDataShape(generator.synthesize(store, mixed, List.of(), false)).toFloatArray();
    return List.of(new SampleFigure("style-mixing",
        MixingGrid.layout(rowImages, columnImages, mixes, sources), sources + 1));
  }

  /** Samples in the data's shape and range from one w for every layer, with the fixed noise. */
  private NDArray samples(NDArray w) {
    return toDataShape(generator.synthesize(store,
        Collections.nCopies(SynthesisNetwork.styleCount(), w), List.of(), false));
  }

  private NDArray latents(NDManager manager, SplittableRandom random, int count) {
    return NativeArrays.create(manager, Gaussian.sample(random, count * latentDim(), 0, 1),
        new Shape(count, latentDim()));
  }

  private NDArray truncated(NDArray latent) {
    NDArray w = generator.map(store, latent, false);
    return generator.mapping().truncate(w, (float) options.truncation());
  }

  private NDArray toDataShape(NDArray images) {
    NDArray cropped = padding == 0 ? images : images.get(new NDIndex(":, :, {}:{}, {}:{}",
        padding, 32 - padding, padding, 32 - padding));
    return cropped.clip(-1, 1);
  }

  private NDArray padded(NDArray real) {
    return padding == 0 ? real : real.pad(new Shape(padding, padding, padding, padding), -1);
  }

  private NDArray discriminate(NDArray images) {
    return discriminator.forward(store, new NDList(images), true).singletonOrThrow();
  }

  private Contest contest(PhaseContext phase) {
    return Contest.of(padded(phase.real()), fakes(phase).images().stopGradient(), this::discriminate);
  }

  private LossTerms generatorLoss(PhaseContext phase) {
    Fakes fakes = fakes(phase);
    generator.mapping().track(fakes.w());
    NDArray adversarial = context.loss().generator(discriminate(fakes.images()));
    if (options.pathLengthWeight() == 0) {
      return new LossTerms(Map.of(LossTerms.G_LOSS, adversarial), LossTerms.G_LOSS);
    }
    NDArray pathLength = PathLengthPenalty.compute(fakes.images(), fakes.styles(), phase.random(),
        generator.pathLengthMean());
    Map<String, NDArray> terms = new LinkedHashMap<>();
    terms.put(G_ADVERSARIAL, adversarial);
    terms.put(G_PATH_LENGTH, pathLength);
    terms.put(LossTerms.G_LOSS, adversarial.add(
        pathLength.mul(NativeArrays.scalar(pathLength, (float) options.pathLengthWeight()))));
    return new LossTerms(terms, LossTerms.G_LOSS);
  }

  private List<String> generatorTerms() {
    return options.pathLengthWeight() == 0 ? List.of(LossTerms.G_LOSS)
        : List.of(G_ADVERSARIAL, G_PATH_LENGTH, LossTerms.G_LOSS);
  }

  /**
   * Generates a training batch: w from the repetition's latents, the styles of the layers {@code [B,
   * layers, wDim]} (from a second latent batch after a random layer with probability
   * {@code model.style_mixing}) and images made from them with fresh noise.
   */
  private Fakes fakes(PhaseContext phase) {
    SplittableRandom random = phase.random();
    int count = SynthesisNetwork.styleCount();
    NDArray w = generator.map(store, phase.latent(), true);
    NDArray styles = w.expandDims(1).repeat(1, count);
    if (random.nextDouble() < options.styleMixing()) {
      int cutoff = 1 + random.nextInt(count - 1);
      long batch = phase.latent().getShape().get(0);
      NDArray other = generator.map(store, latents(phase.manager(), random, (int) batch), true);
      styles = styles.get(new NDIndex(":, :{}", cutoff))
          .concat(other.expandDims(1).repeat(1, count - cutoff), 1);
    }
    List<NDArray> perLayer = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      perLayer.add(styles.get(new NDIndex(":, {}", i)));
    }
    return new Fakes(w, styles, generator.synthesize(store, perLayer, noise(phase, random), true));
  }

  private List<NDArray> noise(PhaseContext phase, SplittableRandom random) {
    long batch = phase.latent().getShape().get(0);
    List<NDArray> noise = new ArrayList<>();
    for (int i = 0; i < SynthesisNetwork.noiseCount(); i++) {
      int size = SynthesisNetwork.noiseSize(i);
      noise.add(NativeArrays.create(phase.manager(),
          Gaussian.sample(random, (int) batch * size * size, 0, 1), new Shape(batch, 1, size, size)));
    }
    return noise;
  }

  /** The generator's output in training, the unmixed w and the per-layer styles it came from. */
  private record Fakes(NDArray w, NDArray styles, NDArray images) {}
}
