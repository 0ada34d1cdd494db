/**
 * Feature-distribution metrics on feature matrices {@code real [N][d]} and {@code fake [M][d]}, all in
 * float64: Fréchet distance (FID), kernel inception distance (KID), improved precision/recall,
 * density/coverage and the classifier two-sample test (C2ST). Definitions follow {@code shared/design/METRICS.md}; the feature extractor is the
 * caller's business.
 */
package org.ganlab.metrics.feature;
