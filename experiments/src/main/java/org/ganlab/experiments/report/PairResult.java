package org.ganlab.experiments.report;

import org.ganlab.experiments.stats.PairwiseComparison;

/**
 * Two cells compared on one metric, with p-values Holm-corrected over every pair of cells of that metric
 * (one family for Welch's test, one for Mann–Whitney's).
 *
 * @param first the first cell's name
 * @param second the second cell's name
 * @param comparison first minus second: mean difference, Welch, Mann–Whitney and Hedges' g
 * @param welchAdjustedP Holm-adjusted two-sided Welch p; NaN when the pair cannot be tested (a cell with
 *     fewer than two values)
 * @param mannWhitneyAdjustedP Holm-adjusted two-sided Mann–Whitney p; NaN when a cell is empty
 */
public record PairResult(String first, String second, PairwiseComparison comparison,
    double welchAdjustedP, double mannWhitneyAdjustedP) {}
