package org.ganlab.core.train;

import java.util.Map;

/**
 * The outcome of a run.
 *
 * @param status how it ended
 * @param completedSteps steps completed
 * @param reason why it diverged or failed; empty when done
 * @param finalMetrics metric values of the last evaluation (empty if none ran)
 */
public record TrainingResult(
    RunStatus status, long completedSteps, String reason, Map<String, Double> finalMetrics) {}
