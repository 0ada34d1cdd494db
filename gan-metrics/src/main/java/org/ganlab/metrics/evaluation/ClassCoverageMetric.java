package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.metrics.classes.ClassDistribution;

/**
 * {@code class_coverage}: the histogram of the classes the extractor predicts for generated samples;
 * classes covered (seen at least once) and the KL divergence to the reference distribution, which is
 * the label histogram of the held-out data when it has labels and uniform otherwise (the protocol says
 * which). A mode-collapse measure for image data.
 */
public final class ClassCoverageMetric extends ImageMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public ClassCoverageMetric() {
    super("class_coverage", List.of(Column.higher("classes_covered"), Column.lower("kl_to_reference")),
        Map.of("reference_distribution", "held-out labels, uniform if unlabelled"));
  }

  @Override
  boolean comparesWithReal() {
    return false;
  }

  @Override
  Map<String, Double> compute(EvaluationInput input, int[] rows) {
    double[][] probabilities = ClassifierOutputs.probabilities(input, name(), rows);
    int classes = probabilities[0].length;
    ClassDistribution generated =
        ClassDistribution.of(ClassifierOutputs.predictedLabels(probabilities), classes);
    int[] realLabels = input.resources().perRun("reference-labels", () -> labelsOf(input, classes));
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("classes_covered", (double) generated.classesCovered());
    values.put("kl_to_reference", realLabels.length == 0 ? generated.klToUniform()
        : generated.klTo(ClassDistribution.of(realLabels, classes).proportions()));
    return values;
  }

  /** The held-out labels when they use the classifier's classes; none (uniform reference) otherwise. */
  private static int[] labelsOf(EvaluationInput input, int classes) {
    int[] labels = input.data().numClasses() == classes
        ? input.data().heldOut(input.eval().samples()).labels() : null;
    return labels == null ? new int[0] : labels;
  }
}
