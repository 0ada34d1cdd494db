package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code training:} section: the optimisation schedule.
 *
 * @param steps generator steps to train
 * @param batchSize samples per batch
 * @param dSteps discriminator updates per generator update
 * @param lrG generator learning rate
 * @param lrD discriminator learning rate
 * @param betas Adam's (β1, β2)
 * @param lrDecay {@code none} or {@code linear} (to zero at the last step, starting at decayStart)
 * @param decayStart step at which linear decay begins
 * @param ema decay of the exponential moving average of the generator's weights (0 = off)
 * @param checkpointEvery steps between checkpoints (0 = only at the end)
 * @param logEvery steps between rows of {@code metrics.csv}
 * @param pretrainSteps steps at the start of the run in which only the phases active then train (see
 *     {@link org.ganlab.core.train.UpdatePhase#activeAt}), e.g. SRGAN's content-only pre-training of
 *     the generator; 0 (the default) for none. Left out of written configs when 0, so it does not
 *     change the hash of configs written before it existed.
 */
@JsonPropertyOrder({"steps", "batch_size", "d_steps", "lr_g", "lr_d", "betas", "lr_decay",
    "decay_start", "ema", "checkpoint_every", "log_every", "pretrain_steps"})
public record TrainingConfig(
    int steps,
    @JsonProperty("batch_size") int batchSize,
    @JsonProperty("d_steps") int dSteps,
    @JsonProperty("lr_g") double lrG,
    @JsonProperty("lr_d") double lrD,
    List<Double> betas,
    @JsonProperty("lr_decay") String lrDecay,
    @JsonProperty("decay_start") int decayStart,
    double ema,
    @JsonProperty("checkpoint_every") int checkpointEvery,
    @JsonProperty("log_every") int logEvery,
    @JsonProperty("pretrain_steps") @JsonInclude(JsonInclude.Include.NON_DEFAULT) int pretrainSteps) {

  /** The valid values of {@code training.lr_decay}. */
  public static final List<String> LR_DECAYS = List.of("none", "linear");

  /**
   * Checks each field on its own and keeps an unmodifiable copy of the betas; {@link ConfigValidator}
   * checks that decay starts before the last step.
   */
  public TrainingConfig {
    Checks checks = new Checks();
    checks.atLeast("training.steps", steps, 1);
    checks.inRange("training.batch_size", batchSize, 1, 65536);
    checks.inRange("training.d_steps", dSteps, 1, 100);
    checks.positive("training.lr_g", lrG);
    checks.positive("training.lr_d", lrD);
    checkBetas(checks, betas);
    checks.oneOf("training.lr_decay", lrDecay, LR_DECAYS);
    checks.atLeast("training.decay_start", decayStart, 0);
    if (checks.finite("training.ema", ema)) {
      checks.require(ema >= 0 && ema < 1, "training.ema", "must be 0 or in (0, 1)", ema);
    }
    checks.atLeast("training.checkpoint_every", checkpointEvery, 0);
    checks.atLeast("training.log_every", logEvery, 1);
    checks.atLeast("training.pretrain_steps", pretrainSteps, 0);
    checks.done();
    betas = List.copyOf(betas);
  }

  /**
   * Creates a schedule without pre-training.
   *
   * @param steps generator steps to train
   * @param batchSize samples per batch
   * @param dSteps discriminator updates per generator update
   * @param lrG generator learning rate
   * @param lrD discriminator learning rate
   * @param betas Adam's (β1, β2)
   * @param lrDecay {@code none} or {@code linear}
   * @param decayStart step at which linear decay begins
   * @param ema decay of the generator's moving average (0 = off)
   * @param checkpointEvery steps between checkpoints (0 = only at the end)
   * @param logEvery steps between rows of {@code metrics.csv}
   */
  public TrainingConfig(int steps, int batchSize, int dSteps, double lrG, double lrD,
      List<Double> betas, String lrDecay, int decayStart, double ema, int checkpointEvery,
      int logEvery) {
    this(steps, batchSize, dSteps, lrG, lrD, betas, lrDecay, decayStart, ema, checkpointEvery,
        logEvery, 0);
  }

  private static void checkBetas(Checks checks, List<Double> betas) {
    if (checks.require(betas != null && betas.size() == 2, "training.betas",
        "must have exactly 2 values", betas)) {
      checks.require(betas.stream().allMatch(beta -> beta != null && beta >= 0 && beta < 1),
          "training.betas", "values must be in [0, 1)", betas);
    }
  }
}
