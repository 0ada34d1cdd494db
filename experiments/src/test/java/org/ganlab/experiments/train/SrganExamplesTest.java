package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.experiments.cli.GanlabCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two SRGAN examples, shrunk to a few steps of tiny networks, train through the CLI and write
 * sample grids, PSNR/SSIM with bicubic's values beside them, FID through the data set's evaluator, and
 * provenance; the fashion-mnist one also with the evaluator-feature content loss.
 */
class SrganExamplesTest {

  @ParameterizedTest(name = "{0} content={1}")
  @CsvSource({"srgan-x2-shapes,pixel", "srgan-x4-fashion-mnist,features"})
  void shrunkExampleTrainsAndMeasuresAgainstBicubic(String example, String content,
      @TempDir Path out) throws Exception {
    Path config = Path.of("..", "examples", example + ".yaml");

    int code = GanlabCli.run("train", config.toString(), "--out", out.toString(), "--no-progress",
        "-o", "model.width=4", "-o", "model.res_blocks=1", "-o", "model.content_loss=" + content,
        "-o", "training.steps=4", "-o", "training.pretrain_steps=2", "-o", "training.batch_size=4",
        "-o", "eval.every=4", "-o", "eval.samples=40", "-o", "eval.grid_size=9",
        "-o", "runtime.threads=1");

    assertThat(code).isEqualTo(0);
    Path run = onlyRun(out.resolve(example));
    assertThat(run.resolve("samples/step-000004.png")).exists();
    assertThat(Files.readAllLines(run.resolve("metrics.csv")).get(0)).isEqualTo(
        "step,d_real,d_fake,d_loss,g_content,g_adversarial,g_loss,lr_g,lr_d,"
            + "psnr,psnr_baseline,ssim,ssim_baseline,fid");
    JsonNode finals = ConfigJson.json().readTree(run.resolve("final.json").toFile());
    JsonNode metrics = finals.get("metrics");
    assertThat(metrics.get("psnr_baseline").asDouble()).isBetween(10.0, 40.0);
    assertThat(metrics.get("ssim_baseline").asDouble()).isBetween(0.0, 1.0);
    assertThat(metrics.get("psnr").asDouble()).isPositive();
    assertThat(metrics.get("fid").asDouble()).isPositive();
    assertThat(finals.get("protocol").get("psnr").get("n_pairs").asInt()).isEqualTo(40);
    JsonNode provenance = ConfigJson.json().readTree(run.resolve("provenance.json").toFile());
    assertThat(provenance.get("status").asText()).isEqualTo("done");
    assertThat(Files.readString(run.resolve("config.yaml"))).contains("pretrain_steps: 2");
  }

  @Test
  void metricsOfCycleConsistentModelsAreRefusedBeforeAnythingIsWritten(@TempDir Path out) {
    Path config = Path.of("..", "examples", "srgan-x2-shapes.yaml");

    for (String metric : List.of("cycle_l1", "fid_ba")) {
      int code = GanlabCli.run("train", config.toString(), "--out", out.toString(), "--no-progress",
          "-o", "eval.metrics=[psnr," + metric + "]");

      assertThat(code).isEqualTo(2);
      assertThat(out.resolve("srgan-x2-shapes")).doesNotExist();
    }
  }

  private static Path onlyRun(Path runs) throws Exception {
    try (Stream<Path> all = Files.list(runs)) {
      List<Path> list = all.toList();
      assertThat(list).hasSize(1);
      return list.get(0);
    }
  }
}
