package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.experiments.cli.GanlabCli;
import org.ganlab.experiments.quality.Outcome;
import org.ganlab.experiments.quality.QualityBar;
import org.ganlab.experiments.quality.QualityBarsFile;
import org.ganlab.experiments.quality.QualityCheck;
import org.ganlab.experiments.quality.QualityResult;
import org.ganlab.experiments.quality.QualityTable;
import org.ganlab.experiments.quality.Training;
import org.junit.jupiter.api.Assumptions;

/**
 * The slow tests' side of the quality tier: trains one training of {@code examples/quality-bars.tsv}
 * through the CLI, as {@code scripts/quality-tier} does, and checks its rows with the same code, so
 * the tests and the tier share one set of bars. The system property {@code ganlab.quality.shrink}
 * (overrides separated by {@code ;}, e.g. {@code training.steps=4;model.width=4}) shrinks the run to
 * try a test's machinery in seconds; its bars are then expected to fail.
 */
final class QualityRows {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private QualityRows() {}

  /**
   * Trains a training of the bars file and checks each of its rows.
   *
   * @param training the example and overrides, as a row of the bars file names them
   * @param out where the run goes
   * @return the checked rows, in file order
   */
  static List<QualityResult> trainAndCheck(Training training, Path out) {
    List<QualityBar> rows = QualityBarsFile.read(EXAMPLES.resolve("quality-bars.tsv")).stream()
        .filter(bar -> bar.training().equals(training)).toList();
    assertThat(rows).as("rows of " + training + " in quality-bars.tsv").isNotEmpty();
    List<String> shrink = Arrays.stream(System.getProperty("ganlab.quality.shrink", "").split(";"))
        .filter(s -> !s.isBlank()).toList();
    List<String> args = new ArrayList<>(List.of("train", training.file(EXAMPLES).toString()));
    args.addAll(training.overrideArguments());
    shrink.forEach(override -> args.addAll(List.of("-o", override)));
    args.addAll(List.of("--out", out.toString(), "--no-progress"));

    assertThat(GanlabCli.run(args.toArray(String[]::new))).isEqualTo(0);
    List<QualityResult> results = rows.stream()
        .map(bar -> QualityCheck.check(bar, training.runDirectory(EXAMPLES, out, shrink))).toList();
    QualityTable.render(results).forEach(System.out::println);
    return results;
  }

  /**
   * Asserts that every row passes, except rows whose bar waits for a figure not stated yet: with all
   * others passing, those abort the test (reported as skipped) naming the measured value to state.
   *
   * @param results the checked rows
   */
  static void assertBarsHold(List<QualityResult> results) {
    List<String> unstated = new ArrayList<>();
    for (QualityResult result : results) {
      QualityBar bar = result.bar();
      if (result.outcome() == Outcome.PENDING && !bar.isStated() && bar.bar().readsStated()) {
        unstated.add(bar.name() + " measured " + result.measured().orElse(Double.NaN));
        continue;
      }
      assertThat(result.outcome()).as("%s (column %s)",
          QualityTable.render(List.of(result)).get(1), bar.column()).isEqualTo(Outcome.PASS);
    }
    Assumptions.assumeTrue(unstated.isEmpty(), () -> "no figure stated yet for " + unstated
        + ": state it in the documentation and in examples/quality-bars.tsv");
  }
}
