package org.ganlab.metrics.extract;

/**
 * What an extractor made of a batch of images.
 *
 * @param features one feature vector per image, {@code [N, d]}
 * @param probabilities one class distribution per image, {@code [N, C]}, or null when the extractor
 *     is not a classifier
 */
public record Extraction(double[][] features, double[][] probabilities) {}
