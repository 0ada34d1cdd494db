package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.experiments.cli.GanlabCli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conditional and CycleGAN examples, shrunk to four steps of tiny networks on a few evaluation
 * samples, train through the CLI with the metrics they name (the {@code auto} defaults for all but
 * cgan-shapes) and write a sample grid, those metrics and provenance.
 */
class VariantExamplesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "cgan-shapes; fid conditional_accuracy classes_covered kl_to_reference",
      "cgan-fashion-mnist; fid kid_mean precision recall conditional_accuracy fid_class_9"
          + " fid_class_mean",
      "cyclegan-shapes-translation; fid fid_ba l1 l1_baseline psnr psnr_baseline cycle_l1",
      "cyclegan-fashion-mnist; fid fid_ba cycle_l1"})
  void shrunkExampleTrainsAndWritesSamplesMetricsAndProvenance(String example, String columns,
      @TempDir Path out) throws Exception {
    Path config = Path.of("..", "examples", example + ".yaml");

    int code = GanlabCli.run("train", config.toString(), "--out", out.toString(), "--no-progress",
        "-o", "model.width=4", "-o", "training.steps=4", "-o", "training.batch_size=4",
        "-o", "training.decay_start=2", "-o", "training.checkpoint_every=4", "-o", "eval.every=4",
        "-o", "eval.samples=60", "-o", "eval.grid_size=9", "-o", "runtime.threads=1");

    assertThat(code).isEqualTo(0);
    Path run = onlyRun(out.resolve(example));
    assertThat(run.resolve("samples/step-000004.png")).isNotEmptyFile();
    List<String> header = List.of(Files.readAllLines(run.resolve("metrics.csv")).get(0).split(","));
    JsonNode metrics = ConfigJson.json().readTree(run.resolve("final.json").toFile()).get("metrics");
    for (String column : columns.split(" ")) {
      assertThat(header).contains(column);
      assertThat(metrics.get(column).isNumber()).as(column).isTrue();
    }
    JsonNode provenance = ConfigJson.json().readTree(run.resolve("provenance.json").toFile());
    assertThat(provenance.get("status").asText()).isEqualTo("done");
    assertThat(provenance.get("completed_steps").asInt()).isEqualTo(4);
  }

  private static Path onlyRun(Path runs) throws Exception {
    try (Stream<Path> all = Files.list(runs)) {
      List<Path> list = all.toList();
      assertThat(list).hasSize(1);
      return list.get(0);
    }
  }
}
