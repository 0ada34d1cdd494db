package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab reproduce} on a tiny ring8 run trained once for the whole class. */
class ReproduceCommandTest {
  @TempDir static Path shared;
  private static Path trained;

  @BeforeAll
  static void trainOnce() throws Exception {
    Path config = shared.resolve("ring8.yaml");
    Files.writeString(config, "name: repro-ring8\nmodel: {variant: vanilla, width: 16}\n"
        + "training: {steps: 20, batch_size: 32, checkpoint_every: 10}\n"
        + "eval: {every: 10, samples: 200}\nruntime: {threads: 1}\n");
    assertThat(GanlabCli.run("train", config.toString(), "--out", shared.resolve("runs").toString(),
        "--no-progress")).isEqualTo(0);
    trained = onlyChild(shared.resolve("runs/repro-ring8"));
  }

  private static Path onlyChild(Path parent) throws IOException {
    try (Stream<Path> children = Files.list(parent)) {
      return children.findFirst().orElseThrow();
    }
  }

  /** A copy of the trained run that a test may change. */
  private static Path copyOfRun(Path dir) throws IOException {
    Path copy = dir.resolve("run");
    try (Stream<Path> paths = Files.walk(trained)) {
      for (Path path : paths.toList()) {
        Path target = copy.resolve(trained.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return copy;
  }

  @Test
  void anUntouchedRunReproducesIdenticallyAndItsWorkDirectoryIsDeleted(@TempDir Path dir)
      throws Exception {
    Path work = dir.resolve("work");

    CliRun run = CliRun.of("reproduce", trained.toString(), "--work", work.toString(), "--no-progress");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).startsWith("identical: all 20 cells of metrics.csv,")
        .contains("done after 20 steps, as the original");
    assertThat(run.err()).doesNotContain("warning");
    assertThat(work).doesNotExist();
  }

  @Test
  void aTamperedCellIsReportedWithItsStepColumnAndBothValues(@TempDir Path dir) throws Exception {
    Path copy = copyOfRun(dir);
    Path metrics = copy.resolve("metrics.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(metrics));
    int column = Arrays.asList(lines.get(0).split(",", -1)).indexOf("g_loss");
    int row = rowOfStep(lines, "10");
    String[] cells = lines.get(row).split(",", -1);
    String recorded = cells[column];
    cells[column] = "0.125";
    lines.set(row, String.join(",", cells));
    Files.write(metrics, lines);
    Path work = dir.resolve("work");

    CliRun run = CliRun.of("reproduce", copy.toString(), "--work", work.toString(), "--keep",
        "--no-progress");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("differs: first at step 10, column g_loss: original 0.125, reproduced " + recorded)
        .contains("metrics.csv: 1 of ")
        .contains("final.json: 0 of ");
    assertThat(run.out()).contains("reproduction kept in " + work);
    assertThat(Files.readAllLines(work.resolve("metrics.csv")).get(row))
        .isEqualTo(Files.readAllLines(trained.resolve("metrics.csv")).get(row));
  }

  @Test
  void anEditedConfigIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
    Path copy = copyOfRun(dir);
    Path config = copy.resolve("config.yaml");
    String text = Files.readString(config);
    Files.writeString(config, text.replace("steps: 20", "steps: 21"));
    assertThat(Files.readString(config)).isNotEqualTo(text);

    CliRun run = CliRun.of("reproduce", copy.toString(), "--no-progress");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("config.yaml was edited after the run").contains("provenance.json");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDifferentRecordedJavaIsAWarningAndTheRunStillReproduces(@TempDir Path dir) throws Exception {
    Path copy = copyOfRun(dir);
    Path provenance = copy.resolve("provenance.json");
    ObjectNode record = (ObjectNode) ConfigJson.json().readTree(provenance.toFile());
    record.put("java", "1.0-fake (Nobody)");
    ConfigJson.json().writeValue(provenance.toFile(), record);

    CliRun run = CliRun.of("reproduce", copy.toString(), "--no-progress");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).startsWith("identical");
    assertThat(run.err()).contains("warning: java: recorded 1.0-fake (Nobody), current "
        + System.getProperty("java.version"));
  }

  @Test
  void aKilledRunIsComparedOnTheRowsItLogged(@TempDir Path dir) throws Exception {
    Path copy = copyOfRun(dir);
    Path metrics = copy.resolve("metrics.csv");
    List<String> lines = Files.readAllLines(metrics);
    Files.write(metrics, lines.subList(0, rowOfStep(lines, "10") + 1));
    Path provenance = copy.resolve("provenance.json");
    ObjectNode record = (ObjectNode) ConfigJson.json().readTree(provenance.toFile());
    record.put("status", "running");
    record.put("completed_steps", 10);
    ConfigJson.json().writeValue(provenance.toFile(), record);

    CliRun run = CliRun.of("reproduce", copy.toString(), "--no-progress");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).startsWith("identical: all 10 cells of metrics.csv, final.json not compared"
        + " (the original is running, not finished); stopped after 10 steps");
  }

  @Test
  void aDivergedRunDivergesAgainAtTheSameStep(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("boom.yaml");
    Files.writeString(config, "name: boom\nmodel: {variant: vanilla, width: 16}\n"
        + "loss: {type: wasserstein}\n"
        + "training: {steps: 200, batch_size: 16, lr_d: 1.0e+30, lr_g: 1.0e+30, betas: [0.0, 0.9]}\n"
        + "eval: {every: 100, samples: 100}\nruntime: {threads: 1}\n");
    assertThat(GanlabCli.run("train", config.toString(), "--out", dir.toString(), "--no-progress"))
        .isEqualTo(1);
    Path boom = onlyChild(dir.resolve("boom"));
    long diverged = ConfigJson.json().readTree(boom.resolve("provenance.json").toFile())
        .get("completed_steps").asLong();

    CliRun run = CliRun.of("reproduce", boom.toString(), "--no-progress");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).startsWith("identical")
        .contains("diverged after " + diverged + " steps, as the original");
  }

  @Test
  void aMissingDirectoryIsBadInput(@TempDir Path dir) {
    CliRun run = CliRun.of("reproduce", dir.resolve("nowhere").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("error: run directory " + dir.resolve("nowhere")
        + " does not exist");
  }

  @Test
  void aDirectoryWithoutProvenanceIsNotARunDirectory(@TempDir Path dir) throws Exception {
    Path copy = copyOfRun(dir);
    Files.delete(copy.resolve("provenance.json"));

    CliRun run = CliRun.of("reproduce", copy.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("is not a run directory: it has no provenance.json");
  }

  @Test
  void anUnreadableFinalJsonIsBadInputFoundBeforeTraining(@TempDir Path dir) throws Exception {
    Path copy = copyOfRun(dir);
    Files.writeString(copy.resolve("final.json"), "{\"metrics\": ");
    Path work = dir.resolve("work");

    CliRun run = CliRun.of("reproduce", copy.toString(), "--work", work.toString(), "--keep");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: cannot read " + copy.resolve("final.json"));
    assertThat(work).doesNotExist();
  }

  private static int rowOfStep(List<String> lines, String step) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith(step + ",")) {
        return i;
      }
    }
    throw new AssertionError("no row for step " + step);
  }
}
