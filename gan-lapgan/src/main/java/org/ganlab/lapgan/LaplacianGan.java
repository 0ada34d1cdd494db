package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.Contest;
import org.ganlab.core.train.DiscriminatorPhase;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GeneratorPhase;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.SampleFigure;
import org.ganlab.core.train.UpdatePhase;

/**
 * LAPGAN's models (Denton, Chintala, Szlam and Fergus, "Deep Generative Image Models using a Laplacian
 * Pyramid of Adversarial Networks", NIPS 2015): a {@link LaplacianGenerator} holding G_0 .. G_K and one
 * discriminator per level, {@code discriminator_l<k>}.
 *
 * <p>Training follows the paper: every level trains on the pyramids of real images, independently of the
 * others. A step runs, for k = 0..K, a discriminator phase {@code d_l<k>} (repeated {@code d_steps}
 * times) and a generator phase {@code g_l<k>}, each on its own real batch with its own Adam. For k &lt; K
 * the real pair is (l_k, h_k) of a real image I_k, the fake pair (l_k, G_k(l_k, noise_k)) with the same
 * coarse image, and D_k judges l_k + h; the base level is a GAN on the real I_K. Each level's generator
 * phase names the whole generator network, but only G_k's parameters get gradients, so the Adam of
 * {@code g_l<k>} leaves every other level's parameters exactly as they were. The configured loss and
 * penalty apply to every D_k; a penalty sees D_k as a function of the residual with l_k held fixed.
 *
 * <p>Conditional models give the real images' labels to an upper level's G_k and D_k (the coarse image
 * comes from a real image of that class) and drawn labels to the base generator, as a cGAN does.
 */
final class LaplacianGan implements GanModels {
  private final PyramidShape shape;
  private final LaplacianGenerator generator;
  private final List<Block> discriminators;
  private final Map<String, Block> networks;
  private final BuildContext context;
  private final boolean conditional;
  private final ParameterStore store;
  private final List<UpdatePhase> phases = new ArrayList<>();

  /**
   * Wraps initialised networks.
   *
   * @param shape the pyramid
   * @param generator all the generators
   * @param discriminators D_0 .. D_K
   * @param conditional whether every level takes labels
   * @param context the build context (loss, penalty, config, manager)
   */
  LaplacianGan(PyramidShape shape, LaplacianGenerator generator, List<Block> discriminators,
      boolean conditional, BuildContext context) {
    this.shape = shape;
    this.generator = generator;
    this.discriminators = List.copyOf(discriminators);
    this.conditional = conditional;
    this.context = context;
    this.store = new ParameterStore(context.manager(), false);
    Map<String, Block> named = new LinkedHashMap<>();
    named.put(GENERATOR, generator);
    for (int k = 0; k <= shape.base(); k++) {
      named.put(discriminatorName(k), discriminators.get(k));
      int level = k;
      phases.add(new LevelPhase(k, new DiscriminatorPhase("d", discriminatorName(k), context,
          phase -> contest(level, phase))));
      phases.add(new LevelPhase(k, new GeneratorPhase(List.of(GENERATOR), List.of(LossTerms.G_LOSS),
          phase -> generatorLoss(level, phase))));
    }
    this.networks = Collections.unmodifiableMap(named);
  }

  /**
   * Returns the network name of a level's discriminator.
   *
   * @param level k in 0..K
   * @return {@code discriminator_l<k>}
   */
  static String discriminatorName(int level) {
    return "discriminator_l" + level;
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
    return GENERATOR;
  }

  @Override
  public int latentDim() {
    return shape.latentDim();
  }

  @Override
  public boolean conditional() {
    return conditional;
  }

  @Override
  public NDArray generate(NDArray latent, NDArray labels) {
    List<NDArray> chain = generator.chain(store, latent, labels, false);
    return chain.get(chain.size() - 1);
  }

  /**
   * Returns the sampler's chain: one row per level, coarsest first, each level's image shown at full
   * size (nearest up-sampling), one column per latent.
   *
   * @param latent {@code [n, latentDim]}
   * @param labels {@code [n]} (int32), or {@code null}
   * @return the figure {@code chain}, {@code K + 1} rows of n
   */
  @Override
  public List<SampleFigure> sampleFigures(NDArray latent, NDArray labels) {
    NDList rows = new NDList();
    List<NDArray> chain = generator.chain(store, latent, labels, false);
    for (int i = 0; i < chain.size(); i++) {
      NDArray image = chain.get(i);
      for (int k = 0; k < chain.size() - 1 - i; k++) {
        image = LaplacianPyramid.up(image);
      }
      rows.add(image);
    }
    return List.of(new SampleFigure("chain", NDArrays.concat(rows).toFloatArray(), (int) latent.getShape().get(0)));
  }

  private Contest contest(int level, PhaseContext phase) {
    if (level == shape.base()) {
      NDArray real = LaplacianPyramid.image(phase.real(), level);
      NDArray fake = generator.base(store, shape.z(phase.latent()), phase.fakeLabels(), true)
          .stopGradient();
      return new Contest(real, fake, x -> discriminate(level, x, phase.realLabels()),
          x -> discriminate(level, x, phase.fakeLabels()),
          x -> discriminate(level, x, phase.realLabels()));
    }
    NDArray image = LaplacianPyramid.image(phase.real(), level);
    NDArray coarse = LaplacianPyramid.up(LaplacianPyramid.down(image));
    NDArray fake = generator.residual(store, level, coarse, shape.noise(phase.latent(), level),
        phase.realLabels(), true).stopGradient();
    return Contest.of(image.sub(coarse), fake,
        residual -> discriminate(level, coarse.add(residual), phase.realLabels()));
  }

  private LossTerms generatorLoss(int level, PhaseContext phase) {
    NDArray logits;
    if (level == shape.base()) {
      NDArray fake = generator.base(store, shape.z(phase.latent()), phase.fakeLabels(), true);
      logits = discriminate(level, fake, phase.fakeLabels());
    } else {
      NDArray coarse = LaplacianPyramid.up(LaplacianPyramid.image(phase.real(), level + 1));
      NDArray residual = generator.residual(store, level, coarse,
          shape.noise(phase.latent(), level), phase.realLabels(), true);
      logits = discriminate(level, coarse.add(residual), phase.realLabels());
    }
    return new LossTerms(Map.of(LossTerms.G_LOSS, context.loss().generator(logits)),
        LossTerms.G_LOSS);
  }

  private NDArray discriminate(int level, NDArray images, NDArray labels) {
    NDList inputs = new NDList(images);
    if (conditional) {
      inputs.add(labels);
    }
    return discriminators.get(level).forward(store, inputs, true).singletonOrThrow();
  }
}
