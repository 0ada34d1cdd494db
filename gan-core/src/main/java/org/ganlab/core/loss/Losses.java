package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.config.LossConfig;

/** Turns the {@code loss:} config section into the objects that compute it. */
public final class Losses {

  /** Accepted values of {@code loss.type}, in documentation order. */
  public static final List<String> LOSS_TYPES =
      List.of(
          MinimaxLoss.NAME,
          NonSaturatingLoss.NAME,
          LeastSquaresLoss.NAME,
          WassersteinLoss.NAME,
          HingeLoss.NAME,
          WassersteinLoss.NAME_GP);

  /** Name of the absent penalty in {@code loss.penalty.type}. */
  public static final String NO_PENALTY = "none";

  /** Accepted values of {@code loss.penalty.type}. */
  public static final List<String> PENALTY_TYPES =
      List.of(NO_PENALTY, WganGradientPenalty.NAME, R1Penalty.NAME);

  private Losses() {}

  /**
   * Returns the adversarial loss named by {@code loss.type}.
   *
   * @param config the loss section
   * @return a stateless loss
   * @throws ConfigException (field {@code loss.type}) for an unknown name
   */
  public static AdversarialLoss adversarial(LossConfig config) {
    String type = config.type();
    return switch (type == null ? "" : type) {
      case MinimaxLoss.NAME -> new MinimaxLoss();
      case NonSaturatingLoss.NAME -> new NonSaturatingLoss();
      case LeastSquaresLoss.NAME -> new LeastSquaresLoss();
      case WassersteinLoss.NAME, WassersteinLoss.NAME_GP -> new WassersteinLoss(type);
      case HingeLoss.NAME -> new HingeLoss();
      default -> throw unknown("loss.type", type, LOSS_TYPES);
    };
  }

  /**
   * Returns the gradient penalty named by {@code loss.penalty.type}, or {@code null} for {@code none}.
   *
   * @param config the loss section
   * @return the penalty, or {@code null}
   * @throws ConfigException (field {@code loss.penalty.type}) for an unknown name
   */
  public static GradientPenalty penalty(LossConfig config) {
    String type = config.penalty().type();
    return switch (type == null ? "" : type) {
      case NO_PENALTY -> null;
      case WganGradientPenalty.NAME -> new WganGradientPenalty();
      case R1Penalty.NAME -> new R1Penalty();
      default -> throw unknown("loss.penalty.type", type, PENALTY_TYPES);
    };
  }

  /**
   * Returns the discriminator's terms with the weighted penalty added: {@code d_real, d_fake,
   * d_penalty, d_loss} with {@code d_penalty} = weight × penalty and {@code d_loss} = old
   * {@code d_loss} + {@code d_penalty}. The weight lives in libtorch memory
   * ({@link NativeArrays#scalar}), since the backward pass reads it.
   *
   * @param discriminatorTerms the terms returned by {@link AdversarialLoss#discriminator}
   * @param penalty {@link GradientPenalty#compute}, a scalar
   * @param weight {@code loss.penalty.weight}
   * @return the extended terms
   */
  public static LossTerms withPenalty(LossTerms discriminatorTerms, NDArray penalty, double weight) {
    return discriminatorTerms.withAddedTerm(LossTerms.D_PENALTY,
        penalty.mul(NativeArrays.scalar(penalty, (float) weight)));
  }

  private static ConfigException unknown(String field, String value, List<String> allowed) {
    return new ConfigException(
        field, field + " must be one of " + String.join(", ", allowed) + ", found " + value);
  }
}
