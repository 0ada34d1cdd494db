package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config with several mistakes is refused with every one of them, one line each, naming the field, the
 * value and what is allowed, exit code 2 and nothing written: for {@code train} and for a sweep's
 * points, config checks and run checks (metrics) together.
 */
class AllConfigErrorsTest {

  private static final String MISTAKES = "name: mistakes\ndata: {source: ring8}\n"
      + "model: {variant: vanilla}\n"
      + "training: {batch_size: 0, lr_g: -1, betas: [0.5]}\n"
      + "eval: {metrics: [kid, precison_recall]}\n";

  private static List<String> errorLines(CliRun run) {
    return run.err().lines().filter(line -> !line.isBlank()).toList();
  }

  @Test
  void trainListsEveryMistakeOnALineOfItsOwn(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("mistakes.yaml"), MISTAKES);
    Path out = dir.resolve("runs");

    CliRun run = CliRun.of("train", config.toString(), "--out", out.toString(), "--no-progress");

    assertThat(run.code()).isEqualTo(2);
    assertThat(errorLines(run)).containsExactly(
        "error: training.batch_size must be in [1, 65536], found 0",
        "error: training.lr_g must be > 0, found -1.0",
        "error: training.betas must have exactly 2 values, found [0.5]",
        "error: eval.metrics: metric 'kid' needs image data (it compares features of images), "
            + "found data.source ring8 (2-D points)",
        "error: eval.metrics: unknown metric 'precison_recall'; known: c2st, class_coverage, "
            + "conditional_accuracy, cycle_l1, density_coverage, fid, fid_ba, is, kid, l1, modes, "
            + "per_class_fid, precision_recall, psnr, ssim; did you mean 'precision_recall'?");
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownKeysWrongTypesAndVariantOptionsJoinTheList(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("more.yaml"), "name: more\n"
        + "model: {variant: conditional, embeding_dim: 4}\n"
        + "trainig: {steps: 5}\n"
        + "training: {steps: many, lr_d: 0}\n"
        + "runtime: {threads: 0}\n");
    Path out = dir.resolve("runs");

    CliRun run = CliRun.of("train", config.toString(), "--out", out.toString(), "--no-progress");

    assertThat(run.code()).isEqualTo(2);
    assertThat(errorLines(run)).hasSize(4)
        .allMatch(line -> line.startsWith("error: "))
        .anyMatch(line -> line.contains("trainig is not a known key; did you mean 'training'?"))
        .anyMatch(line -> line.contains("model.embeding_dim is not a known key; did you mean "
            + "'embedding_dim'?"))
        .anyMatch(line -> line.contains("training.steps must be an integer, found 'many'"))
        .anyMatch(line -> line.contains("runtime.threads must be in [1, 256], found 0"));
    assertThat(out).doesNotExist();
  }

  @Test
  void sweepDryRunListsEveryMistakeOfEveryPoint(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("sweep.yaml"), MISTAKES
        + "sweep: {grid: {training.lr_d: [-2.0, 1e-4]}}\n");
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--dry-run");

    assertThat(run.code()).isEqualTo(2);
    String first = "training.lr_d=-2.0: ";
    String second = "training.lr_d=1.0E-4: ";
    assertThat(run.err()).contains("2 of 2 sweep points are invalid; nothing was run:")
        .contains(first + "training.batch_size must be in [1, 65536], found 0")
        .contains(first + "training.lr_d must be > 0, found -2.0")
        .contains(first + "training.betas must have exactly 2 values, found [0.5]")
        .contains(first + "eval.metrics: metric 'kid' needs image data")
        .contains(first + "eval.metrics: unknown metric 'precison_recall'")
        .contains(second + "training.lr_g must be > 0, found -1.0")
        .contains(second + "eval.metrics: unknown metric 'precison_recall'")
        .doesNotContain(second + "training.lr_d");
    assertThat(run.err().lines().filter(line -> line.startsWith("  " + first))).hasSize(6);
    assertThat(run.err().lines().filter(line -> line.startsWith("  " + second))).hasSize(5)
        .filteredOn(line -> line.contains("precison_recall"))
        .singleElement().asString().endsWith("did you mean 'precision_recall'?");
    assertThat(out).doesNotExist();
  }
}
