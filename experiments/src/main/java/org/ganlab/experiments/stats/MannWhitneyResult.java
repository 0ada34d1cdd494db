package org.ganlab.experiments.stats;

/**
 * Outcome of {@link MannWhitneyTest}.
 *
 * @param u U statistic of the first cell: pairs (a_i, b_j) with a_i &gt; b_j, ties counting 1/2; in
 *     [0, na·nb]
 * @param p two-sided p-value in (0, 1]; NaN when a cell is empty
 * @param exact whether p comes from the exact permutation distribution rather than the normal
 *     approximation
 */
public record MannWhitneyResult(double u, double p, boolean exact) {}
