package org.ganlab.metrics.image;

/** How {@link Ssim} normalises the local (co)variances under its Gaussian window. */
public enum CovarianceEstimate {
  /** Weighted population estimate, as in Wang et al. 2004 (the ganlab default). */
  POPULATION,
  /**
   * Population estimate times {@code P / (P − 1)} with {@code P = 11² = 121} window taps, as
   * scikit-image's {@code structural_similarity} does by default ({@code use_sample_covariance=True}).
   */
  SAMPLE
}
