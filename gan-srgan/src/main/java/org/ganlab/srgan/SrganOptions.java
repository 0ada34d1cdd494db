package org.ganlab.srgan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.ganlab.core.config.ConfigProblems;

/**
 * The {@code model:} keys only the SRGAN variant understands ({@code model.width} is the generator's
 * feature channels, 64 in the paper).
 *
 * @param scale the upscaling factor, 2 or 4 (one or two pixel-shuffle stages); it must divide the image
 *     size (28 and 32 px both allow either)
 * @param resBlocks residual blocks of the generator: 16 in the paper, 4 by default, since on 28–32 px
 *     images four blocks already see the whole low-resolution input (receptive field 9 + 4·2·2 + 2 = 27
 *     low-resolution pixels) at a quarter of the cost
 * @param contentLoss {@code pixel} (MSE of the images, the paper's SRResNet-MSE) or {@code features}
 *     (MSE of the frozen evaluator classifier's features, standing in for the paper's VGG loss)
 * @param adversarialWeight weight of the adversarial term added to the content loss (1e-3 in the paper)
 */
public record SrganOptions(
    int scale,
    @JsonProperty("res_blocks") int resBlocks,
    @JsonProperty("content_loss") String contentLoss,
    @JsonProperty("adversarial_weight") double adversarialWeight) {

  /** The valid values of {@code model.content_loss}. */
  public static final List<String> CONTENT_LOSSES = List.of("pixel", "features");

  /** Checks each value, naming the key, the value found and what is allowed. */
  public SrganOptions {
    ConfigProblems problems = new ConfigProblems();
    if (scale != 2 && scale != 4) {
      problems.add("model.scale", "model.scale must be 2 or 4, found " + scale);
    }
    if (resBlocks < 1 || resBlocks > 64) {
      problems.add("model.res_blocks",
          "model.res_blocks must be in [1, 64], found " + resBlocks);
    }
    if (!CONTENT_LOSSES.contains(contentLoss)) {
      problems.add("model.content_loss", "model.content_loss must be one of "
          + String.join(", ", CONTENT_LOSSES) + ", found " + contentLoss);
    }
    if (!Double.isFinite(adversarialWeight) || adversarialWeight < 0) {
      problems.add("model.adversarial_weight",
          "model.adversarial_weight must be finite and >= 0, found " + adversarialWeight);
    }
    problems.throwIfAny();
  }

  /**
   * Returns the defaults.
   *
   * @return scale 4, 4 residual blocks, pixel content loss, adversarial weight 1e-3
   */
  public static SrganOptions defaults() {
    return new SrganOptions(4, 4, "pixel", 1e-3);
  }

  /**
   * Returns whether the content loss compares features rather than pixels.
   *
   * @return true for {@code content_loss: features}
   */
  public boolean featureContent() {
    return "features".equals(contentLoss);
  }
}
