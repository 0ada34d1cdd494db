package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.experiments.cli.GanlabCli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality tier: {@code examples/cgan-shapes.yaml} (projection discriminator with an auxiliary
 * classifier and spectral norm, conv backbone, hinge loss) generates the class it is asked for: the
 * shapes-cnn evaluator agrees on at least 90 % of its samples, and every class is covered. About 30
 * minutes on 2 cores, so it runs on demand ({@code mvn verify -Pslow}), not in CI.
 */
@Tag("slow")
class ConditionalShapesQualityTest {

  @Test
  void cganShapesReachesAConditionalAccuracyOfAtLeastNinetyPercent(@TempDir Path out)
      throws Exception {
    Path example = Path.of("..", "examples", "cgan-shapes.yaml");

    int code = GanlabCli.run("train", example.toString(), "--out", out.toString(), "--no-progress");

    assertThat(code).isEqualTo(0);
    try (Stream<Path> runs = Files.list(out.resolve("cgan-shapes"))) {
      Path run = runs.findFirst().orElseThrow();
      JsonNode metrics = ConfigJson.json().readTree(run.resolve("final.json").toFile()).get("metrics");
      System.out.println("cgan-shapes final metrics: " + metrics);
      assertThat(metrics.get("conditional_accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
      assertThat(metrics.get("classes_covered").asDouble()).isEqualTo(10);
    }
  }
}
