package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code examples/} (found by globbing the folder, so a new example is covered without
 * editing this test) loads and resolves completely, as {@code ganlab train} and {@code ganlab sweep}
 * would before training: the config with its defaults, the variant's checks, the data source opened and
 * the metrics resolved against it. A file with a {@code sweep:} section is planned by
 * {@code ganlab sweep --dry-run}, which must list every run it expands to (counted here independently
 * from the section: grid product minus excluded points, times the seeds, plus each include entry, once
 * if it sets its own seed and once per seed otherwise), all new, writing nothing.
 */
class ExamplesResolveTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void theGlobFindsTheShippedExamples() throws IOException {
    assertThat(examples().map(f -> f.getFileName().toString()).toList()).hasSizeGreaterThanOrEqualTo(12)
        .contains("quickstart.yaml", "dcgan-shapes.yaml", "srgan-x4-fashion-mnist.yaml",
            "fashion-mnist-losses.yaml", "cgan-shapes.yaml", "cyclegan-shapes-translation.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleResolvesCompletely(Path example, @TempDir Path out) throws IOException {
    JsonNode sweep = ConfigLoader.readTree(example).get("sweep");

    if (sweep == null) {
      PreparedRun run = PreparedRun.prepare(example, List.of(), out);
      assertThat(run.config().name() + ".yaml").isEqualTo(example.getFileName().toString());
      assertThat(run.metrics()).as("metrics of " + example).isNotEmpty();
      assertThat(run.variant().name()).isEqualTo(run.config().model().variant());
    } else {
      CliRun dryRun = CliRun.of("sweep", example.toString(), "--dry-run", "--out", out.toString());
      assertThat(dryRun.code()).as(dryRun.err()).isEqualTo(0);
      List<String> rows = dryRun.out().lines().skip(1).toList();
      assertThat(rows).hasSize(expectedRuns(sweep));
      assertThat(rows).allSatisfy(row -> assertThat(row).endsWith(" new"));
    }
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).as("resolving writes nothing").isEmpty();
    }
  }

  private static int expectedRuns(JsonNode sweep) {
    int seeds = sweep.has("seeds") ? sweep.get("seeds").size() : 1;
    List<Map<String, JsonNode>> points = new ArrayList<>(List.of(Map.of()));
    sweep.path("grid").fields().forEachRemaining(key -> {
      List<Map<String, JsonNode>> extended = new ArrayList<>();
      for (Map<String, JsonNode> point : points) {
        for (JsonNode value : key.getValue()) {
          Map<String, JsonNode> next = new HashMap<>(point);
          next.put(key.getKey(), value);
          extended.add(next);
        }
      }
      points.clear();
      points.addAll(extended);
    });
    boolean baseAlone = !sweep.path("grid").fields().hasNext();
    long kept = baseAlone && sweep.path("include").size() > 0 ? 0
        : points.stream().filter(point -> !excluded(point, sweep.path("exclude"))).count();
    int runs = (int) kept * seeds;
    for (JsonNode include : sweep.path("include")) {
      runs += include.has("seed") ? 1 : seeds;
    }
    return runs;
  }

  private static boolean excluded(Map<String, JsonNode> point, JsonNode exclude) {
    for (JsonNode entry : exclude) {
      boolean all = true;
      var keys = entry.fields();
      while (keys.hasNext()) {
        var key = keys.next();
        all &= key.getValue().equals(point.get(key.getKey()));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
