package org.ganlab.cyclegan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.ganlab.core.config.ConfigProblems;

/**
 * The {@code model:} keys only the CycleGAN variant understands ({@code model.width} is the base channel
 * count k of both generators and discriminators).
 *
 * @param resBlocks residual blocks at the generator's bottleneck (7×7 at 28 px, 8×8 at 32 px). The paper
 *     uses 6 at 128 px and 9 at 256 px; the default 3 keeps the bottleneck's six 3×3 convolutions, whose
 *     receptive field of 13 bottleneck pixels already spans the whole 7×7 or 8×8 map, at half the cost
 *     of 6
 * @param cycleWeight λ, the weight of the cycle-consistency L1 loss (10 in the paper)
 * @param identityWeight the weight of the identity L1 loss as a fraction of λ (0.5 in the paper; 0 turns
 *     the identity loss off)
 * @param poolSize how many earlier fakes each discriminator's image pool keeps (50 in the paper; 0 shows
 *     the discriminators only the newest fakes)
 * @param upsample how the generator doubles resolution: {@code transposed} (3×3 stride-2 transposed
 *     convolutions, as in the paper) or {@code resize} (nearest upsampling then a 3×3 convolution, Odena
 *     et al. 2016, without the checkerboard artifacts that show on flat backgrounds)
 */
public record CycleGanOptions(
    @JsonProperty("res_blocks") int resBlocks,
    @JsonProperty("cycle_weight") double cycleWeight,
    @JsonProperty("identity_weight") double identityWeight,
    @JsonProperty("pool_size") int poolSize,
    String upsample) {

  /** Largest accepted {@code model.res_blocks}. */
  public static final int MAX_RES_BLOCKS = 32;

  /** Largest accepted {@code model.pool_size}. */
  public static final int MAX_POOL_SIZE = 10_000;

  /** The values of {@code model.upsample}. */
  public static final List<String> UPSAMPLING = List.of("transposed", "resize");

  /** Checks each value. */
  public CycleGanOptions {
    ConfigProblems problems = new ConfigProblems();
    if (resBlocks < 1 || resBlocks > MAX_RES_BLOCKS) {
      problems.add("model.res_blocks",
          "model.res_blocks must be in 1.." + MAX_RES_BLOCKS + ", found " + resBlocks);
    }
    checkWeight(problems, "model.cycle_weight", cycleWeight);
    checkWeight(problems, "model.identity_weight", identityWeight);
    if (poolSize < 0 || poolSize > MAX_POOL_SIZE) {
      problems.add("model.pool_size",
          "model.pool_size must be in 0.." + MAX_POOL_SIZE + ", found " + poolSize);
    }
    if (!UPSAMPLING.contains(upsample)) {
      problems.add("model.upsample", "model.upsample must be one of "
          + String.join(", ", UPSAMPLING) + ", found " + upsample);
    }
    problems.throwIfAny();
  }

  private static void checkWeight(ConfigProblems problems, String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      problems.add(field, field + " must be a finite number >= 0, found " + value);
    }
  }

  /**
   * Returns the paper's settings, with the residual blocks scaled to 28 or 32 px.
   *
   * @return 3 residual blocks, λ = 10, identity 0.5·λ, pools of 50 fakes, transposed convolutions
   */
  public static CycleGanOptions defaults() {
    return new CycleGanOptions(3, 10.0, 0.5, 50, "transposed");
  }
}
