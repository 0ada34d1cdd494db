package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.FakeVariants.FakeOptions;
import org.ganlab.core.config.FakeVariants.PlainOptions;
import org.junit.jupiter.api.Test;

/** Valid configs: defaults, overrides, dependent values and the two file formats. */
class ConfigLoaderTest {

  @Test
  void minimalFileGetsEveryDefault() throws URISyntaxException {
    ExperimentConfig expected =
        new ExperimentConfig(
            "ganlab-run",
            1,
            new DataConfig("ring8", null, 28, 1),
            new ModelConfig("plain", 64, 128, new PlainOptions()),
            new LossConfig("non-saturating", 0.0, new PenaltyConfig("none", 10.0)),
            new TrainingConfig(2000, 64, 1, 2e-4, 2e-4, List.of(0.5, 0.999), "none", 0, 0.0, 1000, 10),
            DefaultSections.eval(500, 2500, List.of("modes"), 64),
            new RuntimeConfig(2, "cpu", "avx2"));

    assertThat(load("minimal.yaml")).isEqualTo(expected);
  }

  @Test
  void fullFileKeepsEveryValue() throws URISyntaxException {
    ExperimentConfig config = load("full.yaml");

    assertThat(config.name()).isEqualTo("full-example");
    assertThat(config.seed()).isEqualTo(7);
    assertThat(config.data()).isEqualTo(new DataConfig("shapes", null, 32, 3));
    assertThat(config.model())
        .isEqualTo(new ModelConfig("deep", 16, 32, true, new FakeOptions(5, "nearest")));
    assertThat(config.loss()).isEqualTo(new LossConfig("hinge", 0.0, new PenaltyConfig("r1", 2.5)));
    assertThat(config.training())
        .isEqualTo(
            new TrainingConfig(300, 8, 2, 1e-4, 4e-4, List.of(0.0, 0.9), "linear", 100, 0.999, 0, 5));
    assertThat(config.eval()).isEqualTo(DefaultSections.eval(50, 64, List.of("fid", "kid"), 16));
    assertThat(config.runtime()).isEqualTo(new RuntimeConfig(1, "cpu", "avx2"));
  }

  @Test
  void jsonAndYamlGiveEqualConfigs() throws URISyntaxException {
    assertThat(load("full.json")).isEqualTo(load("full.yaml"));
  }

  @Test
  void overridesApplyInOrderIncludingLists() {
    ExperimentConfig config =
        text(
            "model: {variant: plain}\ntraining: {steps: 10}\n",
            "training.steps=100",
            "loss.type=hinge",
            "training.betas=[0.0,0.9]",
            "data.source=shapes",
            "eval.metrics=[modes]",
            "loss.type=least-squares");

    assertThat(config.training().steps()).isEqualTo(100);
    assertThat(config.training().betas()).containsExactly(0.0, 0.9);
    assertThat(config.loss().type()).isEqualTo("least-squares");
    assertThat(config.eval().metrics()).containsExactly("modes");
  }

  @Test
  void mixtureParametersParseAndStayOutOfWrittenConfigsWhenUnset() {
    DataConfig data = text("model: {variant: plain}\n"
        + "data: {source: ring8, radius: 1, std: 0.01, train_size: 100000}\n").data();

    assertThat(data).isEqualTo(new DataConfig("ring8", null, 28, 1, List.of(), List.of(), 1.0, null,
        0.01, 100_000));
    assertThat(ConfigWriter.toCanonicalJson(text("model: {variant: plain}\n")))
        .contains("\"data\":{\"channels\":1,\"image_size\":28,\"path\":null,\"source\":\"ring8\"}");
    assertThat(ConfigWriter.toCanonicalJson(text("model: {variant: plain}\n"
        + "data: {source: grid25, spacing: 1.5, std: 0.1}\n")))
        .contains("\"spacing\":1.5").contains("\"std\":0.1");
  }

  @Test
  void overrideCreatesMissingSections() {
    ExperimentConfig config = text("", "model.variant=deep", "model.depth=9", "runtime.threads=4");

    assertThat(config.model().options(FakeOptions.class)).isEqualTo(new FakeOptions(9, "nearest"));
    assertThat(config.runtime().threads()).isEqualTo(4);
  }

  @Test
  void spectralNormDefaultsToFalseAndParsesTrue() {
    assertThat(text("model: {variant: plain}").model().spectralNorm()).isFalse();
    assertThat(text("model: {variant: plain, spectral_norm: true}").model().spectralNorm()).isTrue();
    assertThat(text("model: {variant: deep}", "model.spectral_norm=true").model())
        .isEqualTo(new ModelConfig("deep", 64, 128, true, new FakeOptions(3, "nearest")));
  }

  @Test
  void variantOptionsFallBackToTheirDefaults() {
    ExperimentConfig config = text("model: {variant: deep, upsample: bilinear}");

    assertThat(config.model().options()).isEqualTo(new FakeOptions(3, "bilinear"));
  }

  @Test
  void variantWithoutOptionsGetsEmptyRecord() {
    assertThat(text("model: {variant: plain}").model().options()).isEqualTo(new PlainOptions());
  }

  @Test
  void wassersteinGpImpliesGradientPenaltyOfTen() {
    LossConfig loss = text("model: {variant: plain}\nloss: {type: wasserstein-gp}").loss();

    assertThat(loss).isEqualTo(new LossConfig("wasserstein-gp", 0.0, new PenaltyConfig("gp", 10.0)));
  }

  @Test
  void wassersteinGpKeepsAnExplicitPenalty() {
    String yaml = "model: {variant: plain}\nloss: {type: wasserstein-gp, penalty: {type: r1, weight: 5}}";

    assertThat(text(yaml).loss().penalty()).isEqualTo(new PenaltyConfig("r1", 5.0));
    assertThat(text("model: {variant: plain}", "loss.type=wasserstein-gp", "loss.penalty.weight=2")
            .loss().penalty())
        .isEqualTo(new PenaltyConfig("gp", 2.0));
  }

  @Test
  void autoEvalSettingsFollowTheDataSource() {
    assertThat(text("model: {variant: plain}", "data.source=grid25").eval())
        .isEqualTo(DefaultSections.eval(500, 2500, List.of("modes"), 64));
    assertThat(text("model: {variant: plain}", "data.source=shapes").eval())
        .isEqualTo(DefaultSections.eval(500, 10000, List.of("fid", "kid", "precision_recall",
            "density_coverage", "is", "class_coverage"), 64));
    assertThat(text("model: {variant: plain}", "data.source=image-folder", "data.path=x").eval())
        .isEqualTo(DefaultSections.eval(500, 10000, List.of(), 64));
    assertThat(text("model: {variant: plain}", "data.source=shapes", "eval.samples=7").eval().samples())
        .isEqualTo(7);
  }

  @Test
  void fashionMnistHasADefaultPath() {
    assertThat(text("model: {variant: plain}", "data.source=fashion-mnist").data().path())
        .isEqualTo("/usr/share/datasets/fashion-mnist");
    assertThat(text("model: {variant: plain}", "data.source=fashion-mnist", "data.path=/d").data().path())
        .isEqualTo("/d");
  }

  @Test
  void wassersteinAllowsClipping() {
    assertThat(text("model: {variant: plain}\nloss: {type: wasserstein, clip: 0.01}").loss().clip())
        .isEqualTo(0.01);
  }

  @Test
  void nullSectionKeepsDefaults() {
    assertThat(text("model: {variant: plain}\ntraining:\n").training().steps()).isEqualTo(2000);
    assertThat(text("model: {variant: plain}\neval: null\n").eval().every()).isEqualTo(500);
  }

  @Test
  void fromTreeLeavesTheTreeUntouched() {
    ObjectNode tree = ConfigJson.json().createObjectNode();
    tree.putObject("model").put("variant", "deep");
    ObjectNode before = tree.deepCopy();

    ConfigLoader.fromTree(tree, FakeVariants.RESOLVER);

    assertThat(tree).isEqualTo(before);
  }

  static ExperimentConfig load(String resource) throws URISyntaxException {
    Path file = Path.of(ConfigLoaderTest.class.getResource("/config/" + resource).toURI());
    return ConfigLoader.load(file, List.of(), FakeVariants.RESOLVER);
  }

  static ExperimentConfig text(String yaml, String... overrides) {
    return ConfigLoader.load(yaml, "yaml", List.of(overrides), FakeVariants.RESOLVER);
  }
}
