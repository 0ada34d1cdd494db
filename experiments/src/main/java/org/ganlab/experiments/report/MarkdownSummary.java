package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code summary.md}: the sweep's summary as a GitHub table (one row per cell by its short name,
 * one column per ranked final metric, best and tied cells bold), the cells' legend (short name and full
 * settings), then a warning per metric measured under different
 * protocols and the list of runs left out of the statistics with their reasons. Every user string is
 * escaped so that it shows as written.
 */
public final class MarkdownSummary {

  private MarkdownSummary() {}

  /**
   * Renders the file.
   *
   * @param analysis the analysed sweep
   * @return the Markdown text
   */
  public static String render(SweepAnalysis analysis) {
    SummaryGrid grid = SummaryGrid.of(analysis);
    StringBuilder md = new StringBuilder();
    md.append("# Sweep ").append(escape(analysis.results().name())).append("\n\n");
    md.append("Mean ± half-width of the 95% t-interval over seeds (done runs only). **Bold**: the best"
        + " cell and every cell not significantly different from it (Welch's t-test against the best,"
        + " Holm-corrected, α = 0.05). ↓ lower is better, ↑ higher is better.\n\n");
    md.append(header(grid)).append('\n');
    md.append("|---".repeat(2 + grid.metrics().size())).append("|\n");
    grid.rows().forEach(row -> md.append(row(row)).append('\n'));
    legend(md, CellLegend.of(analysis.cells()));
    for (MetricAnalysis metric : grid.metrics()) {
      if (!metric.comparable()) {
        md.append("\n> **Warning** † ").append(escape(metric.protocolProblem())).append('\n');
      }
    }
    if (!analysis.excluded().isEmpty()) {
      md.append("\nRuns left out of the statistics:\n\n");
      analysis.excluded().forEach(run -> md.append("- ").append(escape(describe(run))).append('\n'));
    }
    return md.toString();
  }

  private static void legend(StringBuilder md, CellLegend legend) {
    if (legend.keys().isEmpty()) {
      return;
    }
    md.append("\n| cell | settings |\n|---|---|\n");
    legend.rows().forEach(row -> md.append("| ").append(escape(row.name())).append(" | ")
        .append(escape(row.settings())).append(" |\n"));
  }

  private static String header(SummaryGrid grid) {
    List<String> cells = new ArrayList<>();
    cells.add("cell");
    cells.add("seeds");
    for (MetricAnalysis metric : grid.metrics()) {
      cells.add(escape(SummaryGrid.title(metric)) + (metric.comparable() ? "" : " †"));
    }
    return "| " + String.join(" | ", cells) + " |";
  }

  private static String row(SummaryGrid.Row row) {
    List<String> cells = new ArrayList<>();
    cells.add(escape(row.cell()));
    cells.add(row.seeds());
    row.entries().forEach(entry -> cells.add(entry.best() ? "**" + entry.text() + "**" : entry.text()));
    return "| " + String.join(" | ", cells) + " |";
  }

  /**
   * Describes a run left out of the statistics.
   *
   * @param run the run
   * @return e.g. {@code 3f2a… (loss.type=hinge seed=2): diverged: non-finite loss at step 40}
   */
  static String describe(RunResult run) {
    String point = run.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
    String reason = run.reason().isEmpty() ? "" : ": " + run.reason();
    return run.id() + " (" + (point.isEmpty() ? "" : point + " ") + "seed=" + run.seed() + "): "
        + run.state().label() + reason;
  }

  /**
   * Escapes text for Markdown: backslash-escapes the characters that format or build tables and HTML,
   * and joins lines.
   *
   * @param text any text
   * @return text that renders as written inside a table cell
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.replaceAll("\\R", " ").toCharArray()) {
      if ("\\`*_[]<>|#!~&".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
