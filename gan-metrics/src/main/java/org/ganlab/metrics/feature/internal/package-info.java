/**
 * Implementation details of {@link org.ganlab.metrics.feature}: input checks, dense linear algebra on
 * {@code double[][]} and the blocked pairwise-distance scans. Not public API.
 */
package org.ganlab.metrics.feature.internal;
