package org.ganlab.core.train;

import java.util.List;
import org.ganlab.core.loss.LossTerms;

/**
 * One update of a training step: which networks step on which loss with which optimizer settings. A
 * standard GAN has a discriminator phase repeated {@code d_steps} times and a generator phase.
 */
public interface UpdatePhase {

  /**
   * Returns the phase name, which prefixes its loss terms, e.g. {@code d}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the networks whose parameters this phase updates (names from {@link GanModels#networks}).
   *
   * @return network names
   */
  List<String> updates();

  /**
   * Returns which learning rate this phase uses.
   *
   * @return {@link LearningRate#GENERATOR} or {@link LearningRate#DISCRIMINATOR}
   */
  LearningRate learningRate();

  /**
   * Returns how many times the phase runs per training step.
   *
   * @return 1, or {@code d_steps} for a discriminator phase
   */
  int repeats();

  /**
   * Returns the name of the Adam optimizer the phase steps (its moments and update count, saved in
   * checkpoints as {@code adam/<name>/...}). Phases with the same name share one optimizer and must
   * update the same networks, e.g. StyleGAN2's main and lazily regularising discriminator passes.
   *
   * @return the phase name by default: one optimizer per phase
   */
  default String optimizer() {
    return name();
  }

  /**
   * Returns the lazy-regularisation ratio c of the phase's optimizer (Karras et al., "Analyzing and
   * Improving the Image Quality of StyleGAN", CVPR 2020, appendix B). A network regularised lazily, by a
   * separate pass every k-th step that steps the same optimizer, takes k + 1 optimizer steps per k
   * steps; its Adam then runs at {@code lr·c} with betas {@code (β1^c, β2^c)}, c = k/(k + 1). Phases
   * sharing an optimizer return the same c (its betas come from the first of them).
   *
   * @return c in (0, 1]; 1 (no adjustment) by default
   */
  default double lazyRatio() {
    return 1.0;
  }

  /**
   * Returns whether the phase runs at a step. A phase that does not run computes nothing, steps no
   * optimizer and leaves its loss cells in {@code metrics.csv} empty for that step; its repetitions
   * still count towards the batch indices, so the data a later phase sees does not depend on which
   * phases ran before it. Used for pre-training (SRGAN trains only its generator, on the content loss,
   * for the first {@code training.pretrain_steps} steps).
   *
   * @param step the training step (0-based)
   * @return true by default
   */
  default boolean activeAt(long step) {
    return true;
  }

  /**
   * Returns the names of the terms {@link #loss} reports, in order (fixed for the whole run).
   *
   * @return term names
   */
  List<String> termNames();

  /**
   * Computes the phase's loss while gradients are recorded; the trainer back-propagates the total and
   * steps the optimizer. Arrays made here belong to {@code context.manager()}.
   *
   * @param context the batch, latent noise and randomness of this repetition
   * @return the named terms
   */
  LossTerms loss(PhaseContext context);

  /** Which of the schedule's two learning rates a phase uses. */
  enum LearningRate {
    /** {@code training.lr_g}. */
    GENERATOR,
    /** {@code training.lr_d}. */
    DISCRIMINATOR
  }
}
