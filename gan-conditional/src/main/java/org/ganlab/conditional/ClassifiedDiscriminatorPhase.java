package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ganlab.core.engine.CollectionPressure;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.UpdatePhase;

/**
 * A discriminator phase with an auxiliary classifier (AC-GAN, Odena, Olah and Shlens 2017): the
 * adversarial phase's total gains λ·CE, the cross-entropy of the discriminator's class logits on real
 * samples against their labels, reported as {@code d_class} (already weighted). Only real samples train
 * the classifier, so the generator cannot teach it wrong classes. λ lives in libtorch memory
 * ({@link NativeArrays#scalar}): the backward pass reads it.
 */
final class ClassifiedDiscriminatorPhase implements UpdatePhase {
  /** Name of the weighted classification term. */
  static final String D_CLASS = "d_class";

  private final UpdatePhase adversarial;
  private final double weight;
  private final Function<PhaseContext, NDArray> realClassLoss;

  /**
   * Wraps a phase.
   *
   * @param adversarial the discriminator phase named {@code d}
   * @param weight λ &gt; 0
   * @param realClassLoss the unweighted cross-entropy on the step's real batch
   */
  ClassifiedDiscriminatorPhase(UpdatePhase adversarial, double weight,
      Function<PhaseContext, NDArray> realClassLoss) {
    this.adversarial = adversarial;
    this.weight = weight;
    this.realClassLoss = realClassLoss;
  }

  @Override
  public String name() {
    return adversarial.name();
  }

  @Override
  public List<String> updates() {
    return adversarial.updates();
  }

  @Override
  public LearningRate learningRate() {
    return adversarial.learningRate();
  }

  @Override
  public int repeats() {
    return adversarial.repeats();
  }

  @Override
  public List<String> termNames() {
    List<String> names = new ArrayList<>(adversarial.termNames());
    names.add(D_CLASS);
    return names;
  }

  @Override
  public LossTerms loss(PhaseContext context) {
    LossTerms terms = adversarial.loss(context);
    CollectionPressure.point("d-class");
    NDArray classLoss = realClassLoss.apply(context);
    NDArray classTerm = classLoss.mul(NativeArrays.scalar(classLoss, (float) weight));
    return terms.with(terms.totalName(), terms.total().add(classTerm)).with(D_CLASS, classTerm);
  }
}
