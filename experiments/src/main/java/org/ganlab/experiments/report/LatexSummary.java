package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code summary.tex}: the summary as a booktabs table ready to include in a paper (it needs the
 * booktabs package): one row per cell by its short name (the caption maps each to its settings), one
 * column per ranked final metric,
 * {@code $\mathbf{…}$} for the best and tied cells, a dagger on metrics measured under different
 * protocols. Every user string is escaped.
 */
public final class LatexSummary {

  private LatexSummary() {}

  /**
   * Renders the file.
   *
   * @param analysis the analysed sweep
   * @return the LaTeX text
   */
  public static String render(SweepAnalysis analysis) {
    SummaryGrid grid = SummaryGrid.of(analysis);
    String name = escape(analysis.results().name());
    StringBuilder tex = new StringBuilder();
    tex.append("% ganlab report of sweep ").append(name).append("; needs \\usepackage{booktabs}\n");
    tex.append("\\begin{table}[t]\n  \\centering\n  \\begin{tabular}{")
        .append("ll").append("c".repeat(grid.metrics().size()))
        .append("}\n    \\toprule\n");
    tex.append("    ").append(String.join(" & ", header(grid))).append(" \\\\\n    \\midrule\n");
    for (SummaryGrid.Row row : grid.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(escape(row.cell()));
      cells.add(row.seeds());
      row.entries().forEach(entry -> cells.add(math(entry)));
      tex.append("    ").append(String.join(" & ", cells)).append(" \\\\\n");
    }
    tex.append("    \\bottomrule\n  \\end{tabular}\n");
    tex.append("  \\caption{Sweep \\texttt{").append(name).append("}: mean $\\pm$ half-width of the"
        + " 95\\% t-interval over seeds. Bold: the best cell and every cell not significantly different"
        + " from it (Welch's t-test against the best, Holm-corrected, $\\alpha = 0.05$).");
    if (grid.metrics().stream().anyMatch(m -> !m.comparable())) {
      tex.append(" $^\\dagger$Measured under different protocols: not compared.");
    }
    CellLegend legend = CellLegend.of(analysis.cells());
    if (!legend.keys().isEmpty()) {
      tex.append(" Cells: ").append(String.join("; ", legend.rows().stream().map(row ->
          escape(row.name()) + " = \\texttt{" + escape(row.settings()) + "}").toList())).append('.');
    }
    tex.append("}\n  \\label{tab:ganlab-").append(label(analysis.results().name()))
        .append("}\n\\end{table}\n");
    return tex.toString();
  }

  private static List<String> header(SummaryGrid grid) {
    List<String> cells = new ArrayList<>();
    cells.add("cell");
    cells.add("seeds");
    for (MetricAnalysis metric : grid.metrics()) {
      String arrow = SummaryGrid.arrow(metric);
      cells.add(escape(metric.column()) + scale(metric.column())
          + (arrow.isEmpty() ? "" : arrow.equals("↑") ? " ($\\uparrow$)" : " ($\\downarrow$)")
          + (metric.comparable() ? "" : "$^\\dagger$"));
    }
    return cells;
  }

  private static String scale(String column) {
    double factor = DisplayScale.factor(column);
    return factor == 1 ? "" : " ($\\times 10^{" + Math.round(Math.log10(factor)) + "}$)";
  }

  private static String math(SummaryGrid.Entry entry) {
    if (entry.text().equals(Numbers.MISSING)) {
      return "--";
    }
    String body = entry.text().replace(" ± ", " \\pm ");
    return entry.best() ? "$\\mathbf{" + body + "}$" : "$" + body + "$";
  }

  private static String label(String name) {
    return name.replaceAll("[^A-Za-z0-9-]", "-");
  }

  /**
   * Escapes text for LaTeX's text mode.
   *
   * @param text any text
   * @return text that typesets as written: the ten special characters and {@code < >} replaced by
   *     their commands, lines joined
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.replaceAll("\\R", " ").toCharArray()) {
      switch (c) {
        case '\\' -> escaped.append("\\textbackslash{}");
        case '~' -> escaped.append("\\textasciitilde{}");
        case '^' -> escaped.append("\\textasciicircum{}");
        case '<' -> escaped.append("\\textless{}");
        case '>' -> escaped.append("\\textgreater{}");
        case '&', '%', '$', '#', '_', '{', '}' -> escaped.append('\\').append(c);
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
