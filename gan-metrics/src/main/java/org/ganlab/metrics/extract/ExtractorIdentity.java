package org.ganlab.metrics.extract;

/**
 * Names an extractor in metric protocols, so results measured with different networks are never
 * compared: "FID (ganlab-fmnist-cnn)" is not Inception FID.
 *
 * @param name a readable name, e.g. {@code fashion-mnist-cnn} or {@code torchscript:pool3.pt}
 * @param sha256 the SHA-256 of the weights file, lower-case hex
 */
public record ExtractorIdentity(String name, String sha256) {}
