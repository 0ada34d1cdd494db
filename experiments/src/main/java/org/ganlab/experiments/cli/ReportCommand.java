package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.experiments.report.MetricAnalysis;
import org.ganlab.experiments.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganlab report RUNS_DIR}: writes a sweep's report (tables, charts, one HTML page). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
        "Write the report of a sweep directory (OUT/<sweep name>; ganlab sweep also writes it when it"
            + " ends) into RUNS_DIR/report/. Runs that differ only by seed form a cell.",
        "Files: runs.csv (one row per run: id, varying values, seed, status, final metrics, wall"
            + " time); summary.csv (per cell and metric: n, mean, std, median, 95%% t- and bootstrap"
            + " intervals, rank); summary.md and summary.tex (mean ± 95%% t-interval half-width, best"
            + " and tied cells bold); bar-<metric>.png and curve-<column>.png; index.html (all of it in"
            + " one self-contained page, with sample grids, Welch and Mann-Whitney tests Holm-corrected,"
            + " effect sizes and every run's provenance).",
        "Diverged, failed and unfinished runs are left out of the statistics and listed. A metric"
            + " measured under different protocols (extractor, its hash, n_real, n_fake, split) is"
            + " not compared.",
        "Exit codes: 0 written, 2 RUNS_DIR is not a sweep directory."})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUNS_DIR", description = "A sweep directory (holds plan.json).")
  Path runsDir;

  @Override
  public Integer call() {
    write(runsDir, spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }

  /**
   * Writes the report of a sweep that has just ended. A sweep directory the report cannot read (a run's
   * file damaged by hand, say) does not change how the sweep ended: it is reported as a warning.
   *
   * @param sweepDirectory the sweep directory
   * @param out receives {@code report: <index.html>}
   * @param err receives warnings
   */
  static void writeAfterSweep(Path sweepDirectory, PrintWriter out, PrintWriter err) {
    try {
      write(sweepDirectory, out, err);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("warning: the sweep's report could not be written: " + e.getMessage());
      err.flush();
    }
  }

  /**
   * Writes a sweep's report and says where it is.
   *
   * @param sweepDirectory the sweep directory
   * @param out receives {@code report: <index.html>}
   * @param err receives a warning per metric that is not compared and a note on runs left out
   */
  static void write(Path sweepDirectory, PrintWriter out, PrintWriter err) {
    ReportWriter.Report report = ReportWriter.write(sweepDirectory);
    for (MetricAnalysis metric : report.analysis().metrics()) {
      if (!metric.comparable()) {
        err.println("warning: " + metric.protocolProblem());
      }
    }
    int excluded = report.analysis().excluded().size();
    if (excluded > 0) {
      err.println("note: " + excluded + " of " + report.analysis().results().runs().size()
          + " runs are not done and are left out of the statistics (listed in the report)");
    }
    err.flush();
    out.println("report: " + report.index());
    out.flush();
  }
}
