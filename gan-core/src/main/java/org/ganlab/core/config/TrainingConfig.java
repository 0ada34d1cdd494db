package org.ganlab.core.config;

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
 */
@JsonPropertyOrder({"steps", "batch_size", "d_steps", "lr_g", "lr_d", "betas", "lr_decay",
    "decay_start", "ema", "checkpoint_every", "log_every"})
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
    @JsonProperty("log_every") int logEvery) {}
