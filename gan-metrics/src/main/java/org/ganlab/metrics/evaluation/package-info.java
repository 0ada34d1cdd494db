/**
 * The metrics behind {@code eval.metrics}. The image metrics (FID, per-class FID, KID, precision/recall,
 * density/coverage, Inception Score, class coverage, conditional accuracy) share one feature extractor
 * per run, one extraction of each evaluation's generated samples, and a real reference whose features
 * and statistics are cached on disk. The paired metrics (PSNR, SSIM, L1) compare each translated
 * held-out input of a paired translation source with its true target, beside the baseline's score;
 * {@code cycle_l1} scores a cycle-consistent model's reconstructions and needs no extractor.
 */
package org.ganlab.metrics.evaluation;
