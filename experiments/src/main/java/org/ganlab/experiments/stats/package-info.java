/**
 * Statistics behind sweep reports: per-cell summaries of a metric over seeds (mean, sample standard
 * deviation, median, t-interval and seeded bootstrap interval), pairwise comparisons of two cells
 * (Welch's t-test, Mann–Whitney U, Hedges' g), Holm–Bonferroni correction and the ranking of cells for
 * one metric. Pure float64 arithmetic on arrays of finite per-seed values; no I/O. Removing diverged
 * (non-finite) runs is the caller's business: every method here rejects non-finite input.
 */
package org.ganlab.experiments.stats;
