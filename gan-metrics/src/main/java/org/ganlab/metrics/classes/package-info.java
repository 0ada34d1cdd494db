/**
 * Classifier-based metrics of generated samples: Inception Score, predicted-class coverage and KL to a
 * reference class distribution, and conditional accuracy. Pure float64 arithmetic on class
 * probabilities, logits or predicted labels; definitions follow {@code shared/design/METRICS.md}.
 */
package org.ganlab.metrics.classes;
