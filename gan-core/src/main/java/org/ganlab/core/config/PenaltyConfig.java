package org.ganlab.core.config;

/**
 * The {@code loss.penalty:} section: a regulariser added to the discriminator loss.
 *
 * @param type {@code none}, {@code gp} (WGAN-GP, Gulrajani et al. 2017) or {@code r1} (Mescheder et al.
 *     2018)
 * @param weight the penalty's weight λ (≥ 0)
 */
public record PenaltyConfig(String type, double weight) {}
