/**
 * {@code ganlab score}: GAN metrics computed from files, like {@code python -m pytorch_fid dir1 dir2}.
 * Readers for feature matrices (CSV, {@code .npy}), labels, and images (PNG/JPEG folders, IDX files,
 * pixel rows); the step from images to features through a
 * {@link org.ganlab.metrics.extract.FeatureExtractor} opened by {@link
 * org.ganlab.metrics.extract.FeatureExtractors}; and the metrics of {@code gan-metrics} with the
 * protocol they were measured under, written as one JSON object.
 */
package org.ganlab.experiments.score;
