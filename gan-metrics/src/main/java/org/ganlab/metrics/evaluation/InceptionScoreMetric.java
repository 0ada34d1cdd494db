package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.metrics.classes.InceptionScore;
import org.ganlab.metrics.classes.InceptionScoreResult;

/**
 * {@code is}: the Inception Score (Salimans et al. 2016) of the extractor's class probabilities over
 * 10 contiguous splits. With ganlab's evaluators it is a 10-class score (at most 10), not the ImageNet
 * Inception Score; the protocol names the extractor.
 */
public final class InceptionScoreMetric extends ImageMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public InceptionScoreMetric() {
    super("is", List.of(Column.higher("is_mean"), Column.unranked("is_std")),
        Map.of("splits", InceptionScore.DEFAULT_SPLITS));
  }

  @Override
  boolean comparesWithReal() {
    return false;
  }

  @Override
  Map<String, Double> compute(EvaluationInput input, int[] rows) {
    InceptionScoreResult score = InceptionScore.fromProbabilities(
        ClassifierOutputs.probabilities(input, name(), rows));
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("is_mean", score.mean());
    values.put("is_std", score.std());
    return values;
  }
}
