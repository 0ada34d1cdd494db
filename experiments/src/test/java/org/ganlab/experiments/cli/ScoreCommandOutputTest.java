package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ganlab score} prints: one JSON object, its protocol, and equal results for equal data. */
class ScoreCommandOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REAL = "feat16_s0_real.csv";
  private static final String FAKE = "feat16_s0_fake.csv";

  private static String shared(String name) {
    return MetricVectors.folder().resolve(name).toString();
  }

  private static String fixture(String name) throws Exception {
    return Path.of(ScoreCommandOutputTest.class.getResource("/score/" + name).toURI()).toString();
  }

  private static JsonNode score(String... args) throws Exception {
    String[] all = new String[args.length + 1];
    all[0] = "score";
    System.arraycopy(args, 0, all, 1, args.length);
    CliRun run = CliRun.of(all);
    assertThat(run.code()).as(run.err()).isEqualTo(0);
    assertThat(run.out().lines().toList()).hasSize(1);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.isObject()).isTrue();
    return json;
  }

  @Test
  void printsOneJsonObjectWithValuesAndProtocol() throws Exception {
    JsonNode json = score("--metrics", "fid,kid,precision_recall", "--real", shared(REAL), "--fake",
        shared(FAKE), "--kid-subsets", "7", "--seed", "3");

    assertThat(json.fieldNames()).toIterable().containsExactly("fid", "kid_mean", "kid_std",
        "precision", "recall", "protocol");
    JsonNode protocol = json.get("protocol");
    assertThat(protocol.get("schema_version").asInt()).isEqualTo(1);
    assertThat(protocol.get("metrics")).hasSize(3);
    assertThat(protocol.get("n_real").asInt()).isEqualTo(500);
    assertThat(protocol.get("n_fake").asInt()).isEqualTo(500);
    assertThat(protocol.get("kid").get("subsets").asInt()).isEqualTo(7);
    assertThat(protocol.get("kid").get("subset_size").asInt()).isEqualTo(500);
    assertThat(protocol.get("kid").get("subset_size_requested").asInt()).isEqualTo(1000);
    assertThat(protocol.get("kid").get("seed").asLong()).isEqualTo(3);
    assertThat(protocol.get("precision_recall").get("k").asInt()).isEqualTo(3);
    JsonNode real = protocol.get("inputs").get("real");
    assertThat(real.get("format").asText()).isEqualTo("csv");
    assertThat(real.get("shape").toString()).isEqualTo("[500,16]");
    assertThat(real.get("sha256").asText()).isEqualTo(sha256(MetricVectors.folder().resolve(REAL)));
  }

  @Test
  void kKeepsEachMetricsDefaultUnlessGiven() throws Exception {
    JsonNode defaults = score("--metrics", "precision_recall,density_coverage", "--real",
        shared(REAL), "--fake", shared(FAKE)).get("protocol");
    JsonNode given = score("--metrics", "precision_recall,density_coverage", "--real", shared(REAL),
        "--fake", shared(FAKE), "--k", "4").get("protocol");

    assertThat(defaults.get("precision_recall").get("k").asInt()).isEqualTo(3);
    assertThat(defaults.get("density_coverage").get("k").asInt()).isEqualTo(5);
    assertThat(given.get("precision_recall").get("k").asInt()).isEqualTo(4);
    assertThat(given.get("density_coverage").get("k").asInt()).isEqualTo(4);
  }

  @Test
  void npyFilesGiveTheSameNumbersAsTheirCsv() throws Exception {
    String[] metrics = {"--metrics", "fid,kid,precision_recall,density_coverage", "--kid-subsets",
        "5", "--kid-subset-size", "100"};
    JsonNode csv = score(concat(metrics, "--real", shared(REAL), "--fake", shared(FAKE)));
    JsonNode npy = score(concat(metrics, "--real", fixture("feat16_s0_real_f8.npy"), "--fake",
        fixture("feat16_s0_fake_f8.npy")));
    JsonNode npy32 = score("--metrics", "fid", "--real", fixture("feat16_s0_real_f8.npy"),
        "--fake", fixture("feat16_s0_fake_f4.npy"));

    for (String key : List.of("fid", "kid_mean", "kid_std", "precision", "recall", "density",
        "coverage")) {
      assertThat(npy.get(key).asDouble()).as(key).isEqualTo(csv.get(key).asDouble());
    }
    assertThat(npy.get("protocol").get("inputs").get("fake").get("format").asText())
        .isEqualTo("npy");
    assertThat(npy32.get("fid").asDouble())
        .isCloseTo(csv.get("fid").asDouble(), within(1e-5 * csv.get("fid").asDouble()));
  }

  @Test
  void kidSubsetsFollowTheSeed() throws Exception {
    String[] common = {"--metrics", "kid", "--real", shared(REAL), "--fake", shared(FAKE),
        "--kid-subsets", "10", "--kid-subset-size", "100"};

    double first = score(concat(common, "--seed", "1")).get("kid_mean").asDouble();
    double again = score(concat(common, "--seed", "1")).get("kid_mean").asDouble();
    double other = score(concat(common, "--seed", "2")).get("kid_mean").asDouble();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void inceptionScoreOfBalancedOneHotProbabilitiesIsTheClassCount(@TempDir Path dir)
      throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      for (int k = 0; k < 10; k++) {
        rows.append(k == 0 ? "" : ",").append(i % 10 == k ? 1 : 0);
      }
      rows.append('\n');
    }
    Path probs = Files.writeString(dir.resolve("probs.csv"), rows);

    JsonNode json = score("--metrics", "is", "--probs", probs.toString());

    assertThat(json.get("is_mean").asDouble()).isCloseTo(10.0, within(1e-12));
    assertThat(json.get("is_std").asDouble()).isCloseTo(0.0, within(1e-12));
    assertThat(json.get("protocol").get("is").get("input").asText()).isEqualTo("probs");
  }

  @Test
  void klToAGivenReferenceIsZeroWhenTheLabelsFollowIt(@TempDir Path dir) throws Exception {
    Path labels = Files.writeString(dir.resolve("labels.txt"), "0\n0\n1\n0\n0\n1\n");
    Path reference = Files.writeString(dir.resolve("reference.csv"), "0.6666666666666666\n"
        + "0.3333333333333333\n0\n");

    JsonNode json = score("--metrics", "class_coverage", "--labels", labels.toString(),
        "--num-classes", "3", "--reference", reference.toString());

    assertThat(json.get("classes_covered").asInt()).isEqualTo(2);
    assertThat(json.get("kl_to_reference").asDouble()).isCloseTo(0.0, within(1e-15));
    assertThat(json.get("protocol").get("class_coverage").get("reference").asText())
        .isEqualTo("file");
  }

  @Test
  void identicalImagesHaveInfinitePsnrWrittenAsAString() throws Exception {
    String images = shared("img_s0_a_uint8.csv");

    JsonNode json = score("--metrics", "psnr,ssim", "--real", images, "--fake", images, "--shape",
        "1,28,28");

    assertThat(json.get("psnr").isTextual()).isTrue();
    assertThat(json.get("psnr").asText()).isEqualTo("Infinity");
    assertThat(json.get("ssim").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(json.get("protocol").get("scale").asDouble()).isEqualTo(255.0);
    assertThat(json.get("protocol").get("inputs").get("real").get("shape").toString())
        .isEqualTo("[8,1,28,28]");
  }

  @Test
  void helpExplainsEveryOptionAndTheInputFormats() {
    CliRun run = CliRun.of("score", "--help");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out().replaceAll("\\s+", " ")).contains("--metrics", "--real", "--fake", "--k",
        "--kid-subsets", "--kid-subset-size", "--seed", "--logits", "--probs", "--splits",
        "--dataset", "--labels",
        "--num-classes", "--reference", "--shape", "--scale", "--extractor", "--extractor-path",
        "--input-size", "--input-channels", "--mean", "--std", "--batch-size",
        "default 3 for precision_recall, 5 for density_coverage", "(default 100)",
        "(default 1000)", "(default 0)", "(default 10)", "(default 255)", ".npy", "IDX",
        "CSV without header");
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }
}
