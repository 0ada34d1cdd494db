package org.ganlab.experiments.stats;

/**
 * One cell's place in a {@link CellRanking}.
 *
 * @param name the cell's name
 * @param rank 1-based position in the ranking, best first
 * @param n number of per-seed values
 * @param mean mean of the values; NaN when n = 0
 * @param adjustedP Holm-adjusted two-sided Welch p-value against the best cell; NaN for the best cell
 *     itself and for cells that cannot be tested
 * @param tiedWithBest whether the cell is statistically indistinguishable from the best: true for the
 *     best cell itself, for cells with {@code adjustedP ≥ α}, and for cells that cannot be tested
 *     (n &lt; 2, or the best cell has n &lt; 2); false for empty cells
 */
public record RankedCell(
    String name, int rank, int n, double mean, double adjustedP, boolean tiedWithBest) {}
