/**
 * Implementation details of {@link org.ganlab.metrics.feature}: input checks, dense helpers on
 * {@code double[][]}, the blocked pairwise-distance scans and the Fréchet trace term (a TorchScript
 * module run by libtorch). Not public API.
 */
package org.ganlab.metrics.feature.internal;
