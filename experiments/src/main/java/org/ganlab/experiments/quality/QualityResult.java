package org.ganlab.experiments.quality;

import java.util.OptionalDouble;

/**
 * A quality row checked against its run.
 *
 * @param bar the row
 * @param outcome pass, fail or pending
 * @param measured the run's value of the row's column; empty when there is none yet
 * @param threshold the bar's value for this run; empty when it cannot be computed yet
 * @param note why a row is pending or failed without a comparison (e.g. {@code partial},
 *     {@code diverged}); empty otherwise
 */
public record QualityResult(QualityBar bar, Outcome outcome, OptionalDouble measured,
    OptionalDouble threshold, String note) {}
