package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing resolved configs: round trips, canonical JSON and a hash that ignores key order. */
class ConfigWriterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "loss.type=wasserstein-gp",
        "data.source=fashion-mnist",
        "model.variant=deep",
        "model.spectral_norm=true",
        "data.source=idx,data.path=/data/mnist,training.lr_decay=linear,training.decay_start=5"
      })
  void yamlAndCanonicalJsonLoadBackEqual(String overrides) throws URISyntaxException {
    List<String> list = overrides.isEmpty() ? List.of() : List.of(overrides.split(","));
    ExperimentConfig config =
        ConfigLoader.load(resource("minimal.yaml"), list, FakeVariants.RESOLVER);

    assertThat(reload(ConfigWriter.toYaml(config), "yaml")).isEqualTo(config);
    assertThat(reload(ConfigWriter.toCanonicalJson(config), "json")).isEqualTo(config);
  }

  @Test
  void fullConfigRoundTripsThroughAFile(@TempDir Path dir) throws IOException, URISyntaxException {
    ExperimentConfig config = ConfigLoaderTest.load("full.yaml");
    Path file = dir.resolve("config.yaml");

    ConfigWriter.writeYaml(config, file);

    assertThat(ConfigLoader.load(file, List.of(), FakeVariants.RESOLVER)).isEqualTo(config);
  }

  @Test
  void yamlSpellsOutOptionsFlatUnderModel() throws URISyntaxException {
    String yaml = ConfigWriter.toYaml(ConfigLoaderTest.load("full.yaml"));

    assertThat(yaml).contains(
        "variant: deep", "spectral_norm: true", "depth: 5", "upsample: nearest", "samples: 64");
    assertThat(yaml).doesNotContain("options", "AUTO");
  }

  @Test
  void canonicalJsonSortsKeysAtEveryLevel() throws URISyntaxException {
    String json = ConfigWriter.toCanonicalJson(ConfigLoaderTest.load("minimal.yaml"));

    assertThat(json).startsWith("{\"data\":{\"channels\":1,\"image_size\":28,\"path\":null,");
    assertThat(json).doesNotContain("\n", " ");
  }

  @Test
  void hashIgnoresKeyOrderAndFormat() throws URISyntaxException {
    String reordered =
        "runtime: {device: cpu, threads: 2}\nmodel: {width: 128, variant: plain}\nseed: 1\n";

    assertThat(ConfigWriter.sha256(ConfigLoaderTest.load("full.json")))
        .isEqualTo(ConfigWriter.sha256(ConfigLoaderTest.load("full.yaml")))
        .hasSize(64)
        .matches("[0-9a-f]+");
    assertThat(ConfigWriter.sha256(ConfigLoaderTest.text(reordered)))
        .isEqualTo(ConfigWriter.sha256(ConfigLoaderTest.load("minimal.yaml")));
  }

  @Test
  void hashChangesWhenAValueChanges() throws URISyntaxException {
    String base = ConfigWriter.sha256(ConfigLoaderTest.load("minimal.yaml"));

    assertThat(ConfigWriter.sha256(ConfigLoaderTest.text("model: {variant: plain}", "seed=2")))
        .isNotEqualTo(base);
    assertThat(ConfigWriter.sha256(ConfigLoaderTest.text("model: {variant: deep}", "model.depth=4")))
        .isNotEqualTo(ConfigWriter.sha256(ConfigLoaderTest.text("model: {variant: deep}")));
  }

  @Test
  void pretrainStepsAreLeftOutWhenZeroSoOlderHashesStand() throws URISyntaxException {
    ExperimentConfig plain = ConfigLoaderTest.load("minimal.yaml");
    ExperimentConfig explicitZero =
        ConfigLoaderTest.text("model: {variant: plain}", "training.pretrain_steps=0");
    ExperimentConfig pretrained =
        ConfigLoaderTest.text("model: {variant: plain}", "training.pretrain_steps=5");

    assertThat(ConfigWriter.toCanonicalJson(plain)).doesNotContain("pretrain_steps");
    assertThat(ConfigWriter.toYaml(plain)).doesNotContain("pretrain_steps");
    assertThat(ConfigWriter.sha256(explicitZero)).isEqualTo(ConfigWriter.sha256(plain));
    assertThat(ConfigWriter.toCanonicalJson(pretrained)).contains("\"pretrain_steps\":5");
    assertThat(reload(ConfigWriter.toYaml(pretrained), "yaml").training().pretrainSteps())
        .isEqualTo(5);
  }

  private static ExperimentConfig reload(String text, String format) {
    return ConfigLoader.load(text, format, List.of(), FakeVariants.RESOLVER);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ConfigWriterTest.class.getResource("/config/" + name).toURI());
  }
}
