package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two StyleGAN examples, shrunk to four steps of a 16-channel network with the lazy penalty every
 * second step, train through the CLI with their {@code auto} metrics, write the sample grid and the
 * style-mixing figure, and {@code ganlab reproduce} reruns them to identical numbers.
 */
class StyleganExamplesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "stylegan-shapes; fid classes_covered",
      "stylegan-fashion-mnist; fid kid_mean precision recall"})
  void shrunkExampleTrainsWritesItsFiguresAndReproduces(String example, String columns,
      @TempDir Path out) throws Exception {
    Path config = Path.of("..", "examples", example + ".yaml");

    int code = GanlabCli.run("train", config.toString(), "--out", out.toString(), "--no-progress",
        "-o", "model.width=16", "-o", "model.r1_interval=2", "-o", "training.steps=4",
        "-o", "training.batch_size=4", "-o", "training.checkpoint_every=2", "-o", "eval.every=4",
        "-o", "eval.samples=60", "-o", "eval.grid_size=9", "-o", "runtime.threads=1");

    assertThat(code).isEqualTo(0);
    Path run = onlyRun(out.resolve(example));
    assertThat(run.resolve("samples/step-000004.png")).isNotEmptyFile();
    assertThat(run.resolve("samples/step-000004-style-mixing.png")).isNotEmptyFile();
    List<String> header = List.of(Files.readAllLines(run.resolve("metrics.csv")).get(0).split(","));
    assertThat(header).contains("d_loss", "dr_penalty", "dr_loss", "g_loss");
    JsonNode metrics = ConfigJson.json().readTree(run.resolve("final.json").toFile()).get("metrics");
    for (String column : columns.split(" ")) {
      assertThat(header).contains(column);
      assertThat(metrics.get(column).isNumber()).as(column).isTrue();
    }

    CliRun reproduced = CliRun.of("reproduce", run.toString(), "--work",
        out.resolve("work").toString(), "--no-progress");

    assertThat(reproduced.code()).as(reproduced.err()).isEqualTo(0);
    assertThat(reproduced.out()).startsWith("identical:").contains("done after 4 steps");
  }

  private static Path onlyRun(Path runs) throws Exception {
    try (Stream<Path> all = Files.list(runs)) {
      List<Path> list = all.toList();
      assertThat(list).hasSize(1);
      return list.get(0);
    }
  }
}
