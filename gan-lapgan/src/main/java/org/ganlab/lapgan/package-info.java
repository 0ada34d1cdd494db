/**
 * LAPGAN variant (Denton et al. 2015), {@code model.variant: lapgan}: a Laplacian pyramid of generative
 * adversarial networks, an MLP GAN on the coarsest image and a residual convolutional GAN per level
 * above it, each level trained on real pyramids, sampled by chaining the levels.
 */
package org.ganlab.lapgan;
