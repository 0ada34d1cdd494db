package org.ganlab.core.data;

/**
 * A 2-D mixture of isotropic Gaussians with known centres, for mode-collapse diagnostics (VEEGAN,
 * PacGAN).
 */
public interface GaussianMixture {

  /**
   * Returns the mixture's centres.
   *
   * @return {@code [modes][2]}
   */
  double[][] centres();

  /**
   * Returns the standard deviation of every component.
   *
   * @return σ
   */
  double sigma();
}
