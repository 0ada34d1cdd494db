package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ganlab score} end to end on the shared metric vectors: every case of {@code expected.json}
 * whose inputs are files, run through {@link GanlabCli#run}, must print the expected values within the
 * case's tolerance.
 *
 * <p>KID: the subset cases of {@code expected.json} replay torch-fidelity's NumPy subset draw, which
 * the CLI's seeded draw does not reproduce. The full-set cases do not depend on any draw: one subset of
 * size N = N_real = N_fake holds every row, and the unbiased MMD² does not depend on row order, so
 * {@code --kid-subsets 1 --kid-subset-size N} must give {@code kid_mean = mmd2_unbiased} and
 * {@code kid_std = 0}.
 */
class ScoreCommandVectorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern IMAGE_LAYOUT =
      Pattern.compile("reshape \\((\\d+), ?(\\d+), ?(\\d+), ?(\\d+)\\)");

  /** A value the CLI must print, and how far it may be off. */
  record Expected(double value, double tolerance) {}

  /** One CLI call and what its JSON must hold. */
  record CliCase(List<String> args, Map<String, Expected> expected) {}

  static Stream<Named<CliCase>> cases() {
    List<Named<CliCase>> cases = new ArrayList<>();
    for (JsonNode c : MetricVectors.cases("fid", "kid_mmd2_unbiased_full_sets",
        "improved_precision_recall", "prdc", "pr_and_prdc", "inception_score", "mode_collapse_ring",
        "mode_collapse_grid", "class_distribution", "psnr_ssim")) {
      String name = c.get("name").asText();
      switch (c.get("metric").asText()) {
        case "fid" -> fid(c, cases);
        case "kid_mmd2_unbiased_full_sets" -> cases.add(Named.of(name, kidFullSet(c,
            c.get("expected").get("mmd2_unbiased"))));
        case "improved_precision_recall" -> cases.add(Named.of(name, features(c, "precision_recall",
            null, c.get("expected"), "precision", "recall")));
        case "prdc" -> cases.add(Named.of(name, features(c, "density_coverage", null,
            c.get("expected"), "density", "coverage")));
        case "pr_and_prdc" -> ties(c, cases);
        case "inception_score" -> inceptionScore(c, cases);
        case "mode_collapse_ring", "mode_collapse_grid" -> modes(c, cases);
        case "class_distribution" -> cases.add(Named.of(name, classes(c)));
        case "psnr_ssim" -> psnrSsim(c, cases);
        default -> throw new AssertionError("unexpected metric in " + name);
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsTheExpectedValues(CliCase testCase) throws Exception {
    CliRun run = CliRun.of(testCase.args().toArray(new String[0]));

    assertThat(run.code()).as(run.err()).isEqualTo(0);
    JsonNode json = JSON.readTree(run.out());
    for (Map.Entry<String, Expected> e : testCase.expected().entrySet()) {
      assertThat(json.has(e.getKey())).as("key %s in %s", e.getKey(), run.out()).isTrue();
      assertThat(json.get(e.getKey()).asDouble()).as(e.getKey())
          .isCloseTo(e.getValue().value(), within(e.getValue().tolerance()));
    }
  }

  private static void fid(JsonNode c, List<Named<CliCase>> cases) {
    if (!c.get("inputs").has("real")) {
      return;
    }
    JsonNode expected = c.get("expected");
    double fid = expected.get("fid_exact").asDouble();
    cases.add(Named.of(c.get("name").asText(), new CliCase(
        args("fid", "--real", file(c, "real"), "--fake", file(c, "fake")),
        Map.of("fid", new Expected(fid, allowed(c.get("tolerance"), fid))))));
    if (expected.has("kid_mmd2_unbiased")) {
      cases.add(Named.of(c.get("name").asText() + "_kid", kidFullSet(c,
          expected.get("kid_mmd2_unbiased"))));
    }
  }

  private static CliCase kidFullSet(JsonNode c, JsonNode mmd2) {
    int n = MetricVectors.lines(c.get("inputs").get("real").asText()).size();
    assertThat(MetricVectors.lines(c.get("inputs").get("fake").asText())).hasSize(n);
    return new CliCase(args("kid", "--real", file(c, "real"), "--fake", file(c, "fake"),
        "--kid-subsets", "1", "--kid-subset-size", Integer.toString(n)),
        Map.of("kid_mean", new Expected(mmd2.asDouble(),
                allowed(c.get("tolerance"), mmd2.asDouble())),
            "kid_std", new Expected(0, 0)));
  }

  private static CliCase features(JsonNode c, String metric, String k, JsonNode expected,
      String... keys) {
    List<String> args = args(metric, "--real", file(c, "real"), "--fake", file(c, "fake"));
    if (k != null) {
      args.addAll(List.of("--k", k));
    }
    double atol = c.get("tolerance").get("atol").asDouble();
    Map<String, Expected> values = new LinkedHashMap<>();
    for (String key : keys) {
      values.put(key, new Expected(expected.get(key).asDouble(), atol));
    }
    return new CliCase(args, values);
  }

  /** The lattice case with tied distances, at k = 3 and k = 1, both metrics in one call each. */
  private static void ties(JsonNode c, List<Named<CliCase>> cases) {
    JsonNode expected = c.get("expected");
    double atol = c.get("tolerance").get("atol").asDouble();
    for (String k : List.of("3", "1")) {
      JsonNode pr = expected.get("improved_pr_k" + k + "_le");
      JsonNode dc = expected.get("prdc_k" + k + "_lt");
      cases.add(Named.of(c.get("name").asText() + "_k" + k, new CliCase(
          args("precision_recall,density_coverage", "--real", file(c, "real"), "--fake",
              file(c, "fake"), "--k", k),
          Map.of("precision", new Expected(pr.get("precision").asDouble(), atol),
              "recall", new Expected(pr.get("recall").asDouble(), atol),
              "density", new Expected(dc.get("density").asDouble(), atol),
              "coverage", new Expected(dc.get("coverage").asDouble(), atol)))));
    }
  }

  private static void inceptionScore(JsonNode c, List<Named<CliCase>> cases) {
    if (!c.get("inputs").has("logits")) {
      return;
    }
    JsonNode expected = c.get("expected").get("openai_contiguous");
    double rtol = c.get("tolerance").get("rtol").asDouble();
    double mean = expected.get("is_mean").asDouble();
    double std = expected.get("is_std").asDouble();
    cases.add(Named.of(c.get("name").asText(), new CliCase(
        args("is", "--logits", file(c, "logits"),
            "--splits", c.get("params").get("splits").asText()),
        Map.of("is_mean", new Expected(mean, rtol * mean),
            "is_std", new Expected(std, rtol * std)))));
  }

  private static void modes(JsonNode c, List<Named<CliCase>> cases) {
    if (!c.get("inputs").has("samples")) {
      return;
    }
    String dataset = c.get("metric").asText().endsWith("ring") ? "ring8" : "grid25";
    JsonNode expected = c.get("expected");
    cases.add(Named.of(c.get("name").asText(), new CliCase(
        args("modes", "--dataset", dataset, "--fake", file(c, "samples")),
        Map.of("modes_covered", new Expected(expected.get("modes_covered").asDouble(), 0),
            "hq_fraction", new Expected(expected.get("hq_fraction").asDouble(), 0)))));
  }

  private static CliCase classes(JsonNode c) {
    JsonNode expected = c.get("expected");
    double kl = expected.get("kl_to_reference").asDouble();
    return new CliCase(args("class_coverage", "--labels", file(c, "labels"), "--num-classes",
        c.get("params").get("num_classes").asText()),
        Map.of("classes_covered", new Expected(expected.get("classes_covered").asDouble(), 0),
            "kl_to_reference", new Expected(kl, c.get("tolerance").get("kl_rtol").asDouble() * kl)));
  }

  private static void psnrSsim(JsonNode c, List<Named<CliCase>> cases) {
    if (!c.get("inputs").has("a") || !c.get("inputs").get("a").asText().endsWith(".csv")) {
      return;
    }
    Matcher layout = IMAGE_LAYOUT.matcher(c.get("params").get("layout").asText());
    assertThat(layout.find()).isTrue();
    String shape = layout.group(2) + "," + layout.group(3) + "," + layout.group(4);
    JsonNode expected = c.get("expected");
    double psnr = expected.get("psnr").get("mean_of_per_image").asDouble();
    double ssim = expected.get("ssim_wang_population_cov").get("mean").asDouble();
    cases.add(Named.of(c.get("name").asText(), new CliCase(
        args("psnr,ssim", "--real", file(c, "a"), "--fake", file(c, "b"), "--shape", shape,
            "--scale", "255"),
        Map.of("psnr", new Expected(psnr, allowed(c.get("tolerance"), psnr)),
            "ssim", new Expected(ssim, allowed(c.get("tolerance"), ssim))))));
  }

  private static List<String> args(String metrics, String... rest) {
    List<String> args = new ArrayList<>(List.of("score", "--metrics", metrics));
    args.addAll(List.of(rest));
    return args;
  }

  private static String file(JsonNode c, String input) {
    return MetricVectors.folder().resolve(c.get("inputs").get(input).asText()).toString();
  }

  private static double allowed(JsonNode tolerance, double expected) {
    return tolerance.path("atol").asDouble(0) + tolerance.path("rtol").asDouble(0)
        * Math.abs(expected);
  }
}
