package org.ganlab.experiments.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ganlab.core.io.AtomicFiles;
import tech.tablesaw.api.Table;

/**
 * Writes a sweep's report into {@code RUNS_DIR/report/}, each file atomically: {@code runs.csv},
 * {@code summary.csv}, {@code summary.md}, {@code summary.tex}, {@code bar-<metric>.png} per comparable
 * final metric, {@code curve-<column>.png} per {@code metrics.csv} column and {@code index.html}. Charts
 * of an earlier report that this one does not draw are deleted.
 */
public final class ReportWriter {
  /** Name of the report's directory inside the sweep directory. */
  public static final String DIRECTORY = "report";

  private ReportWriter() {}

  /**
   * What was written.
   *
   * @param index the {@code index.html} file
   * @param analysis what the report shows
   */
  public record Report(Path index, SweepAnalysis analysis) {}

  /**
   * Reads, analyses and reports a sweep directory.
   *
   * @param sweepDirectory a directory written by {@code ganlab sweep}
   * @return the report
   * @throws IllegalArgumentException when the directory is not a sweep directory
   */
  public static Report write(Path sweepDirectory) {
    SweepAnalysis analysis = SweepAnalysis.of(SweepResults.read(sweepDirectory));
    Path directory = sweepDirectory.resolve(DIRECTORY);
    Table runs = RunsTable.build(analysis);
    AtomicFiles.writeString(directory.resolve("runs.csv"), RunsTable.csv(runs));
    AtomicFiles.writeString(directory.resolve("summary.csv"),
        RunsTable.csv(SummaryTable.build(analysis)));
    AtomicFiles.writeString(directory.resolve("summary.md"), MarkdownSummary.render(analysis));
    AtomicFiles.writeString(directory.resolve("summary.tex"), LatexSummary.render(analysis));
    Map<String, byte[]> bars = new LinkedHashMap<>();
    analysis.metrics().forEach(metric ->
        BarChart.render(metric).ifPresent(png -> bars.put(metric.column(), png)));
    Map<String, byte[]> curves = new LinkedHashMap<>();
    CurveChart.columns(analysis.cells()).forEach(column ->
        CurveChart.render(analysis.cells(), column).ifPresent(png -> curves.put(column, png)));
    Set<Path> charts = new HashSet<>();
    bars.forEach((column, png) -> charts.add(writeChart(directory, "bar-", column, png)));
    curves.forEach((column, png) -> charts.add(writeChart(directory, "curve-", column, png)));
    deleteStaleCharts(directory, charts);
    Path index = directory.resolve("index.html");
    AtomicFiles.writeString(index, HtmlReport.render(analysis, RunsTable.brief(runs, analysis), bars, curves));
    return new Report(index, analysis);
  }

  /**
   * Names a chart file.
   *
   * @param prefix {@code bar-} or {@code curve-}
   * @param column the column drawn
   * @return e.g. {@code bar-kid_mean.png}; characters other than letters, digits, {@code . _ -} become
   *     {@code _}
   */
  public static String chartName(String prefix, String column) {
    return prefix + column.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
  }

  private static Path writeChart(Path directory, String prefix, String column, byte[] png) {
    Path file = directory.resolve(chartName(prefix, column));
    AtomicFiles.write(file, png);
    return file;
  }

  private static void deleteStaleCharts(Path directory, Set<Path> written) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> stale = files.filter(file -> !written.contains(file))
          .filter(file -> file.getFileName().toString().matches("(bar|curve)-.*\\.png")).toList();
      for (Path file : stale) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy " + directory, e);
    }
  }
}
