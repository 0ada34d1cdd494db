/**
 * Sweep reports ({@code ganlab report RUNS_DIR}, also written when a sweep ends): reads a sweep
 * directory ({@code plan.json} and every run's {@code final.json}, {@code provenance.json},
 * {@code metrics.csv} and sample grids), groups runs that differ only by seed into cells, summarises and
 * compares the cells per final metric with the {@link org.ganlab.experiments.stats} package, refuses to
 * compare metrics measured under different protocols, and writes {@code report/}: {@code runs.csv},
 * {@code summary.csv}, {@code summary.md}, {@code summary.tex}, PNG charts and one self-contained
 * {@code index.html}.
 */
package org.ganlab.experiments.report;
