package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.ganlab.core.data.GaussianMixtureSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganlab score --metrics c2st}: known answers on feature rows (two draws of one Gaussian within
 * four binomial standard errors of 0.5, separated Gaussians above 0.99), on 2-D points (a ring
 * collapsed to one of its eight modes at 15/16) and on pixel rows, and the same value for the same
 * seed.
 */
class ScoreCommandC2stTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;

  @BeforeAll
  static void writeFiles() throws Exception {
    write("gauss_a.csv", 1000, i -> gaussianRow(3, 0.0, 10 + i));
    write("gauss_b.csv", 1000, i -> gaussianRow(3, 0.0, 5000 + i));
    write("gauss_far.csv", 1000, i -> gaussianRow(3, 6.0, 9000 + i));
    float[] ring = GaussianMixtureSource.ring8(0).heldOut(2000).values();
    write("ring.csv", 2000, i -> new double[] {ring[2 * i], ring[2 * i + 1]});
    write("collapsed.csv", 2000, i -> {
      double[] noise = gaussianRow(2, 0.0, 20000 + i);
      return new double[] {2 + 0.02 * noise[0], 0.02 * noise[1]};
    });
    write("dark.csv", 200, i -> scaled(gaussianRow(16, 0.0, 30000 + i), 60));
    write("bright.csv", 200, i -> scaled(gaussianRow(16, 0.0, 40000 + i), 190));
  }

  private static JsonNode score(String... args) throws Exception {
    String[] all = new String[args.length + 3];
    all[0] = "score";
    all[1] = "--metrics";
    all[2] = "c2st";
    System.arraycopy(args, 0, all, 3, args.length);
    CliRun run = CliRun.of(all);
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    return JSON.readTree(run.out());
  }

  private static String file(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void twoDrawsOfOneGaussianAreWithinFourStandardErrorsOfChance() throws Exception {
    JsonNode json = score("--real", file("gauss_a.csv"), "--fake", file("gauss_b.csv"));

    JsonNode c2st = json.get("protocol").get("c2st");
    assertThat(c2st.get("k").asInt()).isEqualTo(15);
    assertThat(c2st.get("train_per_class").asInt()).isEqualTo(500);
    assertThat(c2st.get("test_per_class").asInt()).isEqualTo(500);
    assertThat(c2st.get("seed").asLong()).isEqualTo(0);
    assertThat(c2st.get("representation").asText()).isEqualTo("rows");
    assertThat(json.get("protocol").get("n_real").asInt()).isEqualTo(1000);
    assertThat(json.get("c2st").asDouble()).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / 1000)));
  }

  @Test
  void gaussiansSixStandardDeviationsApartPerAxisAreSeparated() throws Exception {
    assertThat(score("--real", file("gauss_a.csv"), "--fake", file("gauss_far.csv"))
        .get("c2st").asDouble()).isGreaterThan(0.99);
  }

  @Test
  void aRingCollapsedToOneModeScoresFifteenSixteenths() throws Exception {
    JsonNode json = score("--real", file("ring.csv"), "--fake", file("collapsed.csv"));

    assertThat(json.get("protocol").get("c2st").get("test_per_class").asInt()).isEqualTo(1000);
    assertThat(json.get("c2st").asDouble()).isCloseTo(15.0 / 16, within(0.03));
  }

  @Test
  void pixelRowsWithoutAnExtractorAreComparedAsPixels() throws Exception {
    JsonNode json = score("--real", file("dark.csv"), "--fake", file("bright.csv"),
        "--shape", "1,4,4", "--scale", "255");

    assertThat(json.get("protocol").get("c2st").get("representation").asText()).isEqualTo("pixels");
    assertThat(json.get("c2st").asDouble()).isEqualTo(1.0);
  }

  @Test
  void theSameSeedGivesTheSameValueAndTheSeedIsRecorded() throws Exception {
    JsonNode first = score("--real", file("gauss_a.csv"), "--fake", file("gauss_b.csv"),
        "--seed", "4");
    JsonNode again = score("--real", file("gauss_a.csv"), "--fake", file("gauss_b.csv"),
        "--seed", "4");

    assertThat(again.get("c2st").asDouble()).isEqualTo(first.get("c2st").asDouble());
    assertThat(first.get("protocol").get("c2st").get("seed").asLong()).isEqualTo(4);
  }

  @Test
  void refusesAMissingInputAndAnOptionC2stDoesNotUse() {
    CliRun missing = CliRun.of("score", "--metrics", "c2st", "--fake", file("gauss_b.csv"));
    CliRun unused = CliRun.of("score", "--metrics", "c2st", "--real", file("gauss_a.csv"),
        "--fake", file("gauss_b.csv"), "--k", "3");

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("metric c2st needs --real and --fake");
    assertThat(unused.code()).isEqualTo(2);
    assertThat(unused.err()).contains("--k does not apply to --metrics c2st");
  }

  private static double[] gaussianRow(int d, double shift, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] row = new double[d];
    for (int j = 0; j < d; j++) {
      row[j] = shift + Math.sqrt(-2 * Math.log(1.0 - random.nextDouble()))
          * Math.cos(2 * Math.PI * random.nextDouble());
    }
    return row;
  }

  /** Pixel values {@code level + 20·noise}, clipped to [0, 255]. */
  private static double[] scaled(double[] noise, double level) {
    double[] pixels = new double[noise.length];
    for (int j = 0; j < noise.length; j++) {
      pixels[j] = Math.max(0, Math.min(255, level + 20 * noise[j]));
    }
    return pixels;
  }

  private static void write(String name, int rows, IntFunction<double[]> row) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      double[] values = row.apply(i);
      for (int j = 0; j < values.length; j++) {
        text.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", values[j]));
      }
      text.append('\n');
    }
    Files.writeString(dir.resolve(name), text);
  }
}
