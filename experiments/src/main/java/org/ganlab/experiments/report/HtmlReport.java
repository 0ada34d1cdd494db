package org.ganlab.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Writes {@code index.html}: one self-contained XHTML page (inline CSS, charts and sample grids as
 * {@code data:} URIs, nothing loaded from elsewhere) with protocol warnings, the findings
 * ({@link Findings}), the summary table, the cells' legend ({@link CellLegend}), bar charts, training curves, each cell's final sample grid, every metric's statistics and significance
 * matrix, the table of runs, the runs left out with their reasons and every run's provenance. Every
 * user string is escaped; the page parses as XML.
 */
public final class HtmlReport {
  private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
      + "table{border-collapse:collapse;margin:1em 0;font-size:90%}"
      + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
      + "th{background:#f3f3f3}td.best{background:#e8f5e9}"
      + ".warning{border:2px solid #c62828;background:#ffebee;padding:.6em 1em;margin:1em 0}"
      + ".grids{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}"
      + "figcaption{font-size:85%;max-width:320px}img.grid{width:320px;image-rendering:pixelated}"
      + ".charts{display:flex;flex-wrap:wrap;gap:1em}img.chart{width:600px;max-width:100%}"
      + "table.legend td:last-child{max-width:60em}"
      + "table.runs,table.provenance,table.matrix{display:block;overflow-x:auto;max-width:100%}";

  private HtmlReport() {}

  /**
   * Renders the page.
   *
   * @param analysis the analysed sweep
   * @param runs the table of runs as shown ({@link RunsTable#brief})
   * @param bars PNG bar chart per metric column ({@link BarChart})
   * @param curves PNG training curves per {@code metrics.csv} column ({@link CurveChart})
   * @return the XHTML text
   */
  public static String render(SweepAnalysis analysis, Table runs, Map<String, byte[]> bars,
      Map<String, byte[]> curves) {
    SweepResults results = analysis.results();
    Xhtml html = new Xhtml();
    html.markup("<!DOCTYPE html>\n")
        .open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en")
        .open("head").empty("meta", "charset", "UTF-8")
        .element("title", "ganlab report: " + results.name()).element("style", STYLE).close("head")
        .open("body").element("h1", "Sweep " + results.name());
    html.element("p", results.runs().size() + " runs in " + analysis.cells().size() + " cells ("
        + counts(results) + "), read from " + results.root().toAbsolutePath().normalize()
        + ". Statistics use done runs only.");
    for (MetricAnalysis metric : analysis.metrics()) {
      if (!metric.comparable()) {
        html.element("div", "Warning: " + metric.protocolProblem() + ". No comparison or ranking is"
            + " shown for it.", "class", "warning");
      }
    }
    findings(html, analysis);
    html.element("h2", "Summary");
    html.element("p", "Mean ± half-width of the 95% t-interval over seeds. Bold: the best cell and every"
        + " cell not significantly different from it (Welch's t-test against the best, Holm-corrected,"
        + " α = 0.05). ↓ lower is better, ↑ higher is better. Cells are named by what tells them apart;"
        + " the legend below gives their settings. Unranked columns are in the statistics further down.");
    HtmlTables.summary(html, SummaryGrid.of(analysis));
    CellLegend legend = CellLegend.of(analysis.cells());
    if (!legend.keys().isEmpty()) {
      html.element("h2", "Cells");
      HtmlTables.legend(html, legend);
    }
    images(html, "Final metrics", bars);
    images(html, "Training curves", curves);
    samples(html, analysis);
    significance(html, analysis);
    html.element("h2", "Runs");
    HtmlTables.table(html, runs);
    excluded(html, analysis);
    html.element("h2", "Provenance");
    HtmlTables.provenance(html, results.runs());
    return html.close("body").close("html").toString();
  }

  private static String counts(SweepResults results) {
    return results.runs().stream().collect(Collectors.groupingBy(run -> run.state().label(),
            TreeMap::new, Collectors.counting()))
        .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

  private static void findings(Xhtml html, SweepAnalysis analysis) {
    List<String> findings = Findings.of(analysis);
    if (findings.isEmpty()) {
      return;
    }
    html.element("h2", "Findings");
    html.element("p", "Per ranked metric: the best cell, the cells significantly worse (Welch's t-test"
        + " against the best, Holm-corrected, α = 0.05) and those not distinguishable from it.");
    html.open("ul", "class", "findings");
    findings.forEach(finding -> html.element("li", finding));
    html.close("ul");
  }

  private static void images(Xhtml html, String title, Map<String, byte[]> charts) {
    html.element("h2", title);
    if (charts.isEmpty()) {
      html.element("p", "Nothing to draw.");
      return;
    }
    html.open("div", "class", "charts");
    charts.forEach((column, png) -> html.empty("img", "class", "chart",
        "alt", title + ": " + column, "src", Xhtml.pngUri(png)));
    html.close("div");
  }

  private static void samples(Xhtml html, SweepAnalysis analysis) {
    html.element("h2", "Samples");
    html.element("p", "The last sample grid of each cell's first seed.");
    html.open("div", "class", "grids");
    for (Cell cell : analysis.cells()) {
      Optional<Path> sample = cell.sample();
      html.open("figure");
      sample.flatMap(HtmlReport::bytes).ifPresentOrElse(
          png -> html.empty("img", "class", "grid", "alt", "samples of " + cell.name(),
              "src", Xhtml.pngUri(png)),
          () -> html.element("p", "no sample grid"));
      html.element("figcaption", cell.name() + sample.map(p -> " (" + p.getParent().getParent()
          .getFileName() + ", " + p.getFileName() + ")").orElse(""));
      html.close("figure");
    }
    html.close("div");
  }

  private static Optional<byte[]> bytes(Path file) {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void significance(Xhtml html, SweepAnalysis analysis) {
    html.element("h2", "Statistics and significance per metric");
    html.element("p", "Per cell: the done runs' values over seeds. Each pair of cells: two-sided Welch"
        + " t-test and Mann–Whitney U test (exact up to 50 runs), each Holm-corrected over all pairs of"
        + " that metric, and Hedges' g of the row cell minus the column cell. n/a: too few values.");
    for (MetricAnalysis metric : analysis.metrics()) {
      html.element("h3", metric.column());
      HtmlTables.statistics(html, metric);
      if (!metric.comparable()) {
        html.element("p", "Not compared: " + metric.protocolProblem() + ".", "class", "warning");
      } else if (metric.cells().size() < 2) {
        html.element("p", "Only one cell: nothing to compare.");
      } else {
        HtmlTables.significance(html, metric);
      }
      if (!metric.dropped().isEmpty()) {
        html.element("p", "Done runs without a finite value: " + String.join(", ", metric.dropped()));
      }
    }
  }

  private static void excluded(Xhtml html, SweepAnalysis analysis) {
    html.element("h2", "Runs left out");
    if (analysis.excluded().isEmpty()) {
      html.element("p", "None: every run is done.");
      return;
    }
    html.open("ul");
    analysis.excluded().forEach(run -> html.element("li", MarkdownSummary.describe(run)));
    html.close("ul");
  }
}
