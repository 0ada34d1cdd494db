/**
 * ganlab's evaluation metrics, each registered through the {@link org.ganlab.core.metric.Metric} SPI.
 * Definitions follow {@code shared/design/METRICS.md} and are tested against its known-answer vectors.
 */
package org.ganlab.metrics;
