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
 * Quality tier: {@code examples/vanilla-ring8.yaml} (non-saturating) covers at least 6 of the 8 modes
 * within its default steps. About a minute on 2 cores, so it runs on demand ({@code mvn verify -Pslow}),
 * not in CI.
 */
@Tag("slow")
class Ring8QualityTest {

  @Test
  void vanillaRing8CoversAtLeastSixModes(@TempDir Path out) throws Exception {
    Path example = Path.of("..", "examples", "vanilla-ring8.yaml");

    int code = GanlabCli.run("train", example.toString(), "--out", out.toString(), "--no-progress");

    assertThat(code).isEqualTo(0);
    try (Stream<Path> runs = Files.list(out.resolve("vanilla-ring8"))) {
      Path run = runs.findFirst().orElseThrow();
      JsonNode metrics = ConfigJson.json().readTree(run.resolve("final.json").toFile()).get("metrics");
      assertThat(metrics.get("modes_covered").asDouble()).isGreaterThanOrEqualTo(6);
      assertThat(metrics.get("hq_fraction").asDouble()).isGreaterThan(0.5);
    }
  }
}
