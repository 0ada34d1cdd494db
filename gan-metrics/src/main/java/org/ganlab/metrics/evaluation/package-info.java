/**
 * The image metrics behind {@code eval.metrics} (FID, KID, precision/recall, density/coverage,
 * Inception Score, class coverage, conditional accuracy): they share one feature extractor per run,
 * one extraction of each evaluation's generated samples, and a real reference whose features and
 * statistics are cached on disk. Translation models also get {@code cycle_l1}, which needs no extractor.
 */
package org.ganlab.metrics.evaluation;
