package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  private static final String[] TINY = {"--repeats", "3", "--fid-dims", "4,8", "--samples", "30",
      "--dim", "3", "--kid-subsets", "2", "--kid-subset-size", "10", "--threads", "1", "--extract-images", "20"};

  @Test
  void metricsTimesEveryMeasurement() {
    CliRun run = CliRun.of(concat("bench", "metrics", TINY));

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("1 warm-up + 3 timed run(s) each");
    List<String> rows = run.out().lines().skip(2).toList();
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).startsWith("FID from statistics, d=4 ");
    assertThat(rows.get(1)).startsWith("FID from statistics, d=8 ");
    assertThat(rows.get(2)).startsWith("KID, 2 subsets x 10, 30x3 ");
    assertThat(rows.get(3)).startsWith("precision/recall k=3, 30x3 ");
    assertThat(rows.get(4)).startsWith("density/coverage k=5, 30x3 ");
    assertThat(rows.get(5)).startsWith("fashion-mnist-cnn features, 20 images, batch 256");
    for (String row : rows) {
      String[] cells = row.substring(56).trim().split("\\s+");
      double median = Double.parseDouble(cells[0]);
      assertThat(median).isBetween(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]));
    }
  }

  @Test
  void vanillaPrintsTheMedianStepTimeOfTheRing8Step() {
    CliRun run = CliRun.of("bench", "vanilla", "--warmup", "2", "--steps", "5", "--batch", "16",
        "--width", "8", "--depth", "1", "--loss", "hinge");

    assertThat(run.code()).isEqualTo(0);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("vanilla MLP training step on ring8, batch 16, width 8, depth 1,"
        + " hinge loss, 1 thread(s), runtime.isa avx2");
    Matcher median = Pattern.compile("median (\\S+) ms/step over 5 steps after 2 warm-up"
        + " \\(training thread's CPU time (\\S+) ms/step\\)").matcher(lines.get(1));
    assertThat(median.matches()).isTrue();
    double wall = Double.parseDouble(median.group(1));
    assertThat(wall).isPositive();
    assertThat(Double.parseDouble(median.group(2))).isPositive();
    assertThat(lines.get(2)).endsWith(" steps/s");
    assertThat(Double.parseDouble(lines.get(2).split(" ")[0]))
        .isCloseTo(1000 / wall, withinPercentage(3));
  }

  @Test
  void configTimesTheStepOfAnExampleWithItsOverrides() {
    CliRun run = CliRun.of("bench", "config", "../examples/vanilla-ring8.yaml", "-o", "model.width=8",
        "-o", "training.batch_size=16", "--warmup", "1", "--steps", "3");

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("../examples/vanilla-ring8.yaml: vanilla on ring8, batch 16,"
        + " 1 thread(s), runtime.isa avx2");
    Matcher median = Pattern.compile("median (\\S+) ms/step over 3 steps after 1 warm-up"
        + " \\(training thread's CPU time (\\S+) ms/step\\)").matcher(lines.get(1));
    assertThat(median.matches()).isTrue();
    assertThat(Double.parseDouble(median.group(1))).isPositive();
    assertThat(Double.parseDouble(median.group(2))).isPositive();
  }

  @Test
  void configRefusesABadOverrideNamingIt() {
    CliRun run = CliRun.of("bench", "config", "../examples/vanilla-ring8.yaml", "-o",
        "training.batch_size=0");

    assertThat(run.code()).isEqualTo(GanlabCli.BAD_INPUT);
    assertThat(run.err()).contains("training.batch_size");
  }

  @Test
  void benchAlonePrintsItsUsage() {
    CliRun run = CliRun.of("bench");

    assertThat(run.code()).isEqualTo(GanlabCli.BAD_INPUT);
    assertThat(run.err()).contains("Usage: ganlab bench").contains("dcgan").contains("vanilla")
        .contains("config").contains("metrics");
  }

  @Test
  void metricsHelpExplainsEveryOption() {
    CliRun run = CliRun.of("bench", "metrics", "--help");

    assertThat(run.code()).isEqualTo(0);
    for (String option : List.of("--repeats", "--fid-dims", "--samples", "--dim", "--kid-subsets",
        "--kid-subset-size", "--threads", "--seed", "--extract-images")) {
      assertThat(run.out()).containsPattern(option + "=\\S+\\s+\\S+");
    }
  }

  @Test
  void badSizeExitsWithTwoNamingTheOption() {
    CliRun run = CliRun.of("bench", "metrics", "--repeats", "0", "--fid-dims", "4");

    assertThat(run.code()).isEqualTo(GanlabCli.BAD_INPUT);
    assertThat(run.err()).isEqualTo("error: --repeats must be >= 1, found 0" + System.lineSeparator());
  }

  private static String[] concat(String a, String b, String... rest) {
    String[] all = Arrays.copyOf(new String[] {a, b}, 2 + rest.length);
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }
}
