package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.experiments.quality.Outcome;
import org.ganlab.experiments.quality.QualityBar;
import org.ganlab.experiments.quality.QualityBarsFile;
import org.ganlab.experiments.quality.QualityCheck;
import org.ganlab.experiments.quality.QualityResult;
import org.ganlab.experiments.quality.QualityTable;
import org.ganlab.experiments.quality.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab quality}: the table of the quality tier, every stated figure against the run of its
 * example (scripts/quality-tier trains the runs, then calls this).
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
    description = {
        "Compare the finished runs of the quality tier with the figures the documentation states.",
        "Each row of the bars file names an example, overrides, a final.json column, the stated figure"
            + " and a bar; its run is OUT/<name>/<run-id> as 'ganlab train EXAMPLE -o ... --out OUT'"
            + " writes it. Prints one table: row, example, figure, stated, bar, measured, result"
            + " (pass, fail, or pending for a run not finished or a figure not stated yet).",
        "Exit codes: 0 every row passes, 1 a row fails or is pending, 2 bad input."})
final class QualityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--bars", paramLabel = "FILE", defaultValue = "examples/quality-bars.tsv",
      description = "The bars file; examples are read from its folder (default: ${DEFAULT-VALUE}).")
  Path bars;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "quality-runs",
      description = "Parent directory of the tier's runs (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--only", paramLabel = "NAME", description = "Only the rows of this row or example.")
  String only;

  @Option(names = "--trainings",
      description = "Print the trainings of the selected rows instead, one a line: the example file"
          + " and its -o overrides, tab-separated.")
  boolean trainings;

  @Override
  public Integer call() {
    List<QualityBar> selected = QualityBarsFile.select(QualityBarsFile.read(bars), only);
    Path examples = bars.toAbsolutePath().getParent();
    PrintWriter stdout = spec.commandLine().getOut();
    int code = trainings ? listTrainings(selected, examples, stdout) : table(selected, examples, stdout);
    stdout.flush();
    return code;
  }

  private static int listTrainings(List<QualityBar> selected, Path examples, PrintWriter stdout) {
    for (Training training : QualityBarsFile.trainings(selected)) {
      Path file = Path.of("").toAbsolutePath().relativize(training.file(examples));
      List<String> line = new ArrayList<>(List.of(file.toString()));
      line.addAll(training.overrideArguments());
      stdout.println(String.join("\t", line));
    }
    return 0;
  }

  private int table(List<QualityBar> selected, Path examples, PrintWriter stdout) {
    List<QualityResult> results = selected.stream().map(bar -> QualityCheck.check(bar,
        bar.training().runDirectory(examples, out, List.of()))).toList();
    QualityTable.render(results).forEach(stdout::println);
    return results.stream().allMatch(r -> r.outcome() == Outcome.PASS) ? 0 : 1;
  }
}
