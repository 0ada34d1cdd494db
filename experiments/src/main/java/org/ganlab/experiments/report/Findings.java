package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.stats.RankedCell;

/**
 * The report's headline: one sentence per ranked, comparable metric that tells which cell is best and
 * which cells are significantly worse (Welch's t-test against the best, Holm-corrected, α = 0.05), the
 * same verdicts the summary marks in bold.
 */
public final class Findings {

  private Findings() {}

  /**
   * Writes the sentences.
   *
   * @param analysis the analysed sweep
   * @return e.g. {@code hq_fraction ↑: best non-saturating (0.43); significantly worse:
   *     wasserstein-gp (p < 0.001); not distinguishable from the best: hinge.}; one per metric with a
   *     ranking of at least two cells with values
   */
  public static List<String> of(SweepAnalysis analysis) {
    List<String> sentences = new ArrayList<>();
    for (MetricAnalysis metric : analysis.metrics()) {
      List<RankedCell> ranked = metric.ranking().stream().filter(cell -> cell.n() > 0).toList();
      if (metric.comparable() && ranked.size() >= 2) {
        sentences.add(sentence(metric, ranked));
      }
    }
    return sentences;
  }

  private static String sentence(MetricAnalysis metric, List<RankedCell> ranked) {
    double factor = DisplayScale.factor(metric.column());
    RankedCell best = ranked.get(0);
    List<String> worse = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    for (RankedCell cell : ranked.subList(1, ranked.size())) {
      if (cell.tiedWithBest()) {
        tied.add(cell.name());
      } else {
        worse.add(cell.name() + " (" + Numbers.significant(cell.mean() * factor) + ", p "
            + pValue(cell.adjustedP()) + ")");
      }
    }
    StringBuilder text = new StringBuilder(SummaryGrid.title(metric)).append(": best ")
        .append(best.name()).append(" (").append(Numbers.significant(best.mean() * factor))
        .append(")");
    if (!worse.isEmpty()) {
      text.append("; significantly worse: ").append(String.join(", ", worse));
    }
    if (!tied.isEmpty()) {
      text.append(worse.isEmpty() ? "; no cell significantly worse: " : "; not distinguishable from"
          + " the best: ").append(String.join(", ", tied));
    }
    return text.append('.').toString();
  }

  private static String pValue(double p) {
    String text = Numbers.p(p);
    return text.startsWith("<") ? text.replace("<", "< ") : "= " + text;
  }
}
