package org.ganlab.stylegan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigProblem;

/**
 * The {@code model:} keys only the StyleGAN variant understands. They live here rather than in the shared
 * {@code training:} and {@code eval:} sections because they mean something only for a generator with a
 * mapping network and a lazily regularised discriminator.
 *
 * @param mappingLayers dense layers of the mapping network z → w (8 in the paper, 2 here)
 * @param r1Interval k: the discriminator's penalty ({@code loss.penalty}) is applied in a separate pass
 *     every k steps, scaled by k (the paper's lazy R1, k = 16); 1 regularises every step
 * @param styleMixing probability that a generated training sample takes its styles from two latents,
 *     switching at a random layer (0.9 in the paper)
 * @param pathLengthWeight weight of the path-length regulariser of the generator (0 = off, as the
 *     paper's CIFAR-10 setting)
 * @param truncation ψ of the truncation trick applied when sampling: w ← w̄ + ψ(w − w̄); 1 = none
 */
public record StyleganOptions(
    @JsonProperty("mapping_layers") int mappingLayers,
    @JsonProperty("r1_interval") int r1Interval,
    @JsonProperty("style_mixing") double styleMixing,
    @JsonProperty("path_length_weight") double pathLengthWeight,
    double truncation) {

  /** Checks each value, naming the key, the rule and the value; reports every wrong value at once. */
  public StyleganOptions {
    List<ConfigProblem> problems = new ArrayList<>();
    require(problems, mappingLayers >= 1 && mappingLayers <= 8, "model.mapping_layers",
        "must be in [1, 8]", mappingLayers);
    require(problems, r1Interval >= 1 && r1Interval <= 1000, "model.r1_interval",
        "must be in [1, 1000]", r1Interval);
    require(problems, styleMixing >= 0 && styleMixing <= 1, "model.style_mixing",
        "must be in [0, 1]", styleMixing);
    require(problems, pathLengthWeight >= 0 && Double.isFinite(pathLengthWeight),
        "model.path_length_weight", "must be >= 0 and finite", pathLengthWeight);
    require(problems, truncation >= 0 && truncation <= 1, "model.truncation", "must be in [0, 1]",
        truncation);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }

  /**
   * Returns the defaults: two mapping layers, lazy R1 every 16 steps, style mixing 0.9, no path-length
   * regularisation, no truncation.
   *
   * @return the defaults
   */
  public static StyleganOptions defaults() {
    return new StyleganOptions(2, 16, 0.9, 0.0, 1.0);
  }

  private static void require(List<ConfigProblem> problems, boolean holds, String field,
      String rule, Object found) {
    if (!holds) {
      problems.add(new ConfigProblem(field, field + " " + rule + ", found " + found));
    }
  }
}
