package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code loss:} section.
 *
 * @param type one of {@code minimax, non-saturating, least-squares, wasserstein, hinge, wasserstein-gp}
 *     ({@code wasserstein-gp} is wasserstein with a gradient penalty of weight 10 unless one is given)
 * @param clip weight-clipping bound c for the original WGAN (0 = off; only with wasserstein)
 * @param penalty gradient penalty on the discriminator
 */
@JsonPropertyOrder({"type", "clip", "penalty"})
public record LossConfig(String type, double clip, PenaltyConfig penalty) {

  /** The valid values of {@code loss.type}. */
  public static final List<String> TYPES =
      List.of("minimax", "non-saturating", "least-squares", "wasserstein", "hinge", "wasserstein-gp");

  /** Checks each field on its own; {@link ConfigValidator} checks that clipping fits the loss. */
  public LossConfig {
    Checks checks = new Checks();
    checks.oneOf("loss.type", type, TYPES);
    checks.nonNegative("loss.clip", clip);
    checks.require(penalty != null, "loss.penalty", "must be present", "null");
    checks.done();
  }
}
