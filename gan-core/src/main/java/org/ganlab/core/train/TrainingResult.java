package org.ganlab.core.train;

import org.ganlab.core.metric.EvaluationResult;

/**
 * The outcome of a run.
 *
 * @param status how it ended
 * @param completedSteps steps completed
 * @param reason why it diverged or failed; empty when done
 * @param finalMetrics metric values and protocols of the last evaluation (empty if none ran)
 */
public record TrainingResult(
    RunStatus status, long completedSteps, String reason, EvaluationResult finalMetrics) {}
