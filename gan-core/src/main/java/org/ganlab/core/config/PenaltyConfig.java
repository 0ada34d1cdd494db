package org.ganlab.core.config;

import java.util.List;

/**
 * The {@code loss.penalty:} section: a regulariser added to the discriminator loss.
 *
 * @param type {@code none}, {@code gp} (WGAN-GP, Gulrajani et al. 2017) or {@code r1} (Mescheder et al.
 *     2018)
 * @param weight the penalty's weight λ (≥ 0)
 */
public record PenaltyConfig(String type, double weight) {

  /** The valid values of {@code loss.penalty.type}. */
  public static final List<String> TYPES = List.of("none", "gp", "r1");

  /** Checks each field. */
  public PenaltyConfig {
    Checks checks = new Checks();
    checks.oneOf("loss.penalty.type", type, TYPES);
    checks.nonNegative("loss.penalty.weight", weight);
    checks.done();
  }
}
