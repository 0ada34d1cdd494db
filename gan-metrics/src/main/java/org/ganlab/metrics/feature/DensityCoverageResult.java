package org.ganlab.metrics.feature;

/**
 * The four numbers of Naeem et al. 2020, all with strict ({@code <}) ball membership.
 *
 * @param precision share of generated samples inside at least one real ball, in [0, 1]
 * @param recall share of real samples inside at least one generated ball, in [0, 1]
 * @param density real balls containing a generated sample, averaged over generated samples and
 *     divided by {@code k}; 1 when the two sets are alike, can exceed 1
 * @param coverage share of real samples whose nearest generated sample lies inside their own ball,
 *     in [0, 1]
 */
public record DensityCoverageResult(
    double precision, double recall, double density, double coverage) {}
