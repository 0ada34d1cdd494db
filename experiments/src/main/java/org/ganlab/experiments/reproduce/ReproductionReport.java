package org.ganlab.experiments.reproduce;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ganlab.core.io.RunDirectory;

/**
 * The comparison of an original run with its reproduction: every cell of {@code metrics.csv} up to the
 * original's last logged step, the {@code final.json} metrics and the outcome (status and completed
 * steps) when the original ended by itself.
 */
public final class ReproductionReport {
  private final Outcome original;
  private final Outcome reproduced;
  private final Differences metrics;
  private final Differences finals;
  private final String finalsSkipped;
  private final boolean outcomeCompared;

  /**
   * Holds a comparison.
   *
   * @param original how the original ended
   * @param reproduced how the reproduction ended
   * @param metrics the {@code metrics.csv} comparison
   * @param finals the {@code final.json} comparison, or null when not compared
   * @param finalsSkipped why {@code final.json} was not compared; empty when it was
   * @param outcomeCompared whether the outcomes must match (the original ended by itself)
   */
  ReproductionReport(Outcome original, Outcome reproduced, Differences metrics,
      Differences finals, String finalsSkipped, boolean outcomeCompared) {
    this.original = original;
    this.reproduced = reproduced;
    this.metrics = metrics;
    this.finals = finals;
    this.finalsSkipped = finalsSkipped;
    this.outcomeCompared = outcomeCompared;
  }

  /**
   * Compares a finished reproduction with its original.
   *
   * @param original the original run
   * @param reproduction the reproduction's files
   * @param reproduced how the reproduction ended
   * @return the comparison
   */
  public static ReproductionReport compare(OriginalRun original, RunDirectory reproduction,
      Outcome reproduced) {
    MetricsTable table = Files.isRegularFile(reproduction.metrics())
        ? MetricsTable.read(reproduction.metrics()) : new MetricsTable(List.of(), new TreeMap<>());
    Differences metrics = ValueComparison.metrics(original.metrics(), table);
    if (!original.finished()) {
      return new ReproductionReport(original.outcome(), reproduced, metrics, null,
          "the original is " + original.outcome().status() + ", not finished", false);
    }
    if (original.finalMetrics() == null) {
      return new ReproductionReport(original.outcome(), reproduced, metrics, null,
          "the original has none", true);
    }
    Map<String, String> reproducedFinals = Files.isRegularFile(reproduction.finalMetrics())
        ? FinalMetrics.read(reproduction.finalMetrics()) : Map.of();
    Differences finals = ValueComparison.finals(original.finalMetrics(), reproducedFinals);
    return new ReproductionReport(original.outcome(), reproduced, metrics, finals, "", true);
  }

  /**
   * Tells whether the reproduction matches: no cell, metric or (when compared) outcome differs.
   *
   * @return true when identical
   */
  public boolean identical() {
    return metrics.none() && (finals == null || finals.none()) && !outcomeDiffers();
  }

  /**
   * Describes the comparison for a person: one line starting {@code identical}, or a line starting
   * {@code differs} with the first difference and both values, then the counts.
   *
   * @return the lines to print
   */
  public List<String> lines() {
    String finalsPart = finals == null ? "final.json not compared (" + finalsSkipped + ")"
        : "all " + finals.compared() + " final.json metrics";
    if (identical()) {
      return List.of("identical: all " + metrics.compared() + " cells of metrics.csv, " + finalsPart
          + "; " + reproduced.describe() + (outcomeCompared ? ", as the original" : ""));
    }
    List<String> lines = new ArrayList<>();
    lines.add("differs: first at " + firstDifference());
    lines.add("metrics.csv: " + metrics.differing() + " of " + metrics.compared() + " cells differ");
    lines.add(finals == null ? finalsPart
        : "final.json: " + finals.differing() + " of " + finals.compared() + " metrics differ");
    lines.add("outcome: original " + original.describe() + ", reproduction " + reproduced.describe());
    return lines;
  }

  private boolean outcomeDiffers() {
    return outcomeCompared && !original.equals(reproduced);
  }

  private String firstDifference() {
    if (!metrics.none()) {
      return metrics.first().describe();
    }
    if (finals != null && !finals.none()) {
      return finals.first().describe();
    }
    return "the outcome: original " + original.describe() + ", reproduction " + reproduced.describe();
  }
}
