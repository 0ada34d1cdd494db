package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ganlab.core.config.FakeVariants.RESOLVER;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed configs and overrides: each must fail with a {@link ConfigException} whose field is the exact
 * path of the offending key and whose message shows the value found and what is allowed.
 */
class ConfigErrorsTest {

  /** One malformed input and what its error must say. */
  record Case(String label, String yaml, List<String> overrides, String field, List<String> says) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final String PLAIN = "model: {variant: plain}\n";

  static Stream<Case> cases() {
    return Stream.of(keyAndTypeCases(), rangeCases(), crossFieldAndOverrideCases())
        .flatMap(cases -> cases);
  }

  private static Stream<Case> keyAndTypeCases() {
    return Stream.of(
        yaml("top-level typo", PLAIN + "trainig: {steps: 10}", "trainig", "trainig",
            "did you mean 'training'?"),
        yaml("nested typo", PLAIN + "training: {lr_gg: 0.1}", "training.lr_gg", "lr_gg",
            "did you mean 'lr_g'?"),
        yaml("unknown key, no near miss", PLAIN + "eval: {colour: red}", "eval.colour", "colour",
            "valid keys: every, samples, metrics, grid_size"),
        yaml("variant option typo", "model: {variant: deep, dept: 2}", "model.dept", "dept",
            "did you mean 'depth'?"),
        yaml("option of another variant", "model: {variant: plain, depth: 2}", "model.depth",
            "depth", "valid keys: variant, latent_dim, width, spectral_norm"),
        yaml("option wrong type", "model: {variant: deep, depth: deep}", "model.depth", "'deep'",
            "an integer"),
        yaml("misspelt variant key", "model: {varient: deep}", "model.varient", "varient",
            "did you mean 'variant'?"),
        yaml("integer expected", PLAIN + "training: {steps: abc}", "training.steps", "'abc'",
            "must be an integer"),
        yaml("float for integer", PLAIN + "seed: 1.5", "seed", "found 1.5", "must be an integer"),
        yaml("boolean for integer", PLAIN + "training: {steps: true}", "training.steps", "true",
            "must be an integer"),
        yaml("integer for boolean", "model: {variant: plain, spectral_norm: 1}",
            "model.spectral_norm", "model.spectral_norm must be true or false, found 1"),
        yaml("string for boolean", "model: {variant: plain, spectral_norm: 'true'}",
            "model.spectral_norm", "model.spectral_norm must be true or false, found 'true'"),
        override("word for boolean", List.of("model.spectral_norm=maybe"),
            "model.spectral_norm", "model.spectral_norm must be true or false, found 'maybe'"),
        yaml("scalar for list", PLAIN + "training: {betas: 0.5}", "training.betas", "found 0.5",
            "must be a list"),
        yaml("string in number list", PLAIN + "training: {betas: [0.5, x]}", "training.betas[1]",
            "'x'", "must be a number"),
        yaml("scalar for section", PLAIN + "training: 5", "training", "found 5", "a mapping"),
        yaml("enum near miss", PLAIN + "loss: {type: hinje}", "loss.type", "'hinje'",
            "did you mean 'hinge'?", "minimax, non-saturating"));
  }

  private static Stream<Case> rangeCases() {
    return Stream.of(
        yaml("unknown data source", PLAIN + "data: {source: ring9}", "data.source", "'ring9'",
            "did you mean 'ring8'?"),
        yaml("penalty type", PLAIN + "loss: {penalty: {type: r2}}", "loss.penalty.type", "'r2'",
            "none, gp, r1"),
        yaml("device", PLAIN + "runtime: {device: tpu}", "runtime.device", "'tpu'", "cpu, gpu"),
        yaml("negative learning rate", PLAIN + "training: {lr_d: -1}", "training.lr_d",
            "training.lr_d must be > 0, found -1.0"),
        yaml("NaN learning rate", PLAIN + "training: {lr_g: NaN}", "training.lr_g", "found NaN",
            "must be finite"),
        yaml("infinite clip", PLAIN + "loss: {type: wasserstein, clip: Infinity}", "loss.clip",
            "found Infinity", "must be finite"),
        override("YAML .nan override", List.of("training.lr_g=.nan"), "training.lr_g", "'.nan'",
            "not valid YAML"),
        json("NaN penalty weight",
            "{\"model\": {\"variant\": \"plain\"}, \"loss\": {\"penalty\": {\"weight\": \"NaN\"}}}",
            "loss.penalty.weight", "NaN", "must be finite"),
        yaml("one beta", PLAIN + "training: {betas: [0.5]}", "training.betas", "[0.5]",
            "exactly 2 values"),
        yaml("beta of one", PLAIN + "training: {betas: [0.5, 1.0]}", "training.betas",
            "[0.5, 1.0]", "in [0, 1)"),
        yaml("batch size zero", PLAIN + "training: {batch_size: 0}", "training.batch_size",
            "found 0", "[1, 65536]"),
        yaml("d_steps too many", PLAIN + "training: {d_steps: 101}", "training.d_steps",
            "found 101", "[1, 100]"),
        yaml("ema of one", PLAIN + "training: {ema: 1.0}", "training.ema", "found 1.0",
            "0 or in (0, 1)"),
        yaml("log_every zero", PLAIN + "training: {log_every: 0}", "training.log_every",
            "found 0", ">= 1"),
        yaml("image size", PLAIN + "data: {image_size: 30}", "data.image_size", "found 30",
            "28 or 32"),
        yaml("channels", PLAIN + "data: {channels: 2}", "data.channels", "found 2", "1 or 3"),
        yaml("ring radius zero", PLAIN + "data: {radius: 0}", "data.radius", "found 0.0", "> 0"),
        yaml("negative std", PLAIN + "data: {source: grid25, std: -0.05}", "data.std",
            "found -0.05", "> 0"),
        yaml("NaN spacing", PLAIN + "data: {source: grid25, spacing: NaN}", "data.spacing",
            "found NaN", "must be finite"),
        yaml("train size zero", PLAIN + "data: {train_size: 0}", "data.train_size", "found 0",
            "[1, 10000000]"),
        yaml("train size too large", PLAIN + "data: {train_size: 10000001}", "data.train_size",
            "found 10000001", "[1, 10000000]"),
        yaml("latent dim", "model: {variant: plain, latent_dim: 0}", "model.latent_dim",
            "found 0", "[1, 4096]"),
        yaml("grid size", PLAIN + "eval: {grid_size: 2000}", "eval.grid_size", "found 2000",
            "[1, 1024]"),
        yaml("threads", PLAIN + "runtime: {threads: 0}", "runtime.threads", "found 0",
            "[1, 256]"),
        yaml("negative seed", PLAIN + "seed: -3", "seed", "found -3", ">= 0"),
        yaml("blank name", PLAIN + "name: ' '", "name", "found ' '", "must not be blank"));
  }

  private static Stream<Case> crossFieldAndOverrideCases() {
    return Stream.of(
        yaml("missing variant", "name: x", "model.variant", "model.variant is required",
            "known variants: deep, plain"),
        yaml("unknown variant", "model: {variant: dep}", "model.variant", "'dep'",
            "known: deep, plain", "did you mean 'deep'?"),
        yaml("clip without wasserstein", PLAIN + "loss: {type: hinge, clip: 0.01}", "loss.clip",
            "found 0.01", "unless loss.type is wasserstein", "hinge"),
        yaml("decay start at steps", PLAIN + "training: {steps: 100, decay_start: 100}",
            "training.decay_start", "found 100", "[0, 100)"),
        yaml("pre-training beyond steps", PLAIN + "training: {steps: 100, pretrain_steps: 101}",
            "training.pretrain_steps", "found 101", "[0, 100]"),
        yaml("negative pre-training", PLAIN + "training: {pretrain_steps: -1}",
            "training.pretrain_steps", "found -1", "must be >= 0"),
        yaml("radius on the grid", PLAIN + "data: {source: grid25, radius: 1}", "data.radius",
            "found 1.0", "applies only to data.source ring8", "'grid25'"),
        yaml("spacing on the ring", PLAIN + "data: {spacing: 1}", "data.spacing", "found 1.0",
            "applies only to data.source grid25", "'ring8'"),
        yaml("std on images", PLAIN + "data: {source: shapes, std: 0.1}", "data.std", "found 0.1",
            "ring8 or grid25", "'shapes'"),
        yaml("train size on images", PLAIN + "data: {source: shapes, train_size: 10}",
            "data.train_size", "found 10", "ring8 or grid25", "'shapes'"),
        yaml("idx without path", PLAIN + "data: {source: idx}", "data.path", "found null",
            "required for data.source idx"),
        override("override without '='", List.of("training.steps"), "training.steps",
            "training.steps:", "key.path=value"),
        override("override of unknown key", List.of("training.lr_gg=1"), "training.lr_gg",
            "lr_gg", "did you mean 'lr_g'?"),
        override("override with bad YAML", List.of("training.betas=[0.5,"), "training.betas",
            "[0.5,", "not valid YAML"),
        new Case("override under a value", PLAIN + "seed: 1", List.of("seed.x=1"), "seed.x",
            List.of("seed holds 1")),
        override("override overflows int", List.of("training.steps=99999999999"),
            "training.steps", "99999999999", "an integer"),
        override("override with bad enum", List.of("loss.type=hing"), "loss.type", "'hing'",
            "did you mean 'hinge'?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void malformedInputNamesFieldValueAndRule(Case c) {
    String format = c.yaml().startsWith("{") ? "json" : "yaml";
    ConfigException e = failure(() -> ConfigLoader.load(c.yaml(), format, c.overrides(), RESOLVER));

    assertThat(e).as(c.label()).isNotNull();
    assertThat(e.problems()).as(c.label()).hasSize(1);
    assertThat(e.field()).isEqualTo(c.field());
    assertThat(e.getMessage()).startsWith(c.field().isEmpty() ? "" : c.field().split("\\[")[0]);
    assertThat(e.getMessage()).contains(c.says());
  }

  @Test
  void everyMistakeOfEverySectionIsListedOnALineOfItsOwn() {
    String text = "name: ' '\nseed: -1\nmodel: {variant: deep, dept: 2, latent_dim: x}\n"
        + "trainig: {steps: 1}\n"
        + "training: {steps: abc, batch_size: true, lr_g: -1, betas: [0.5]}\n"
        + "loss: {type: hinje, clip: -1, penalty: {type: r2}}\n"
        + "eval: {every: 0, colour: red}\nruntime: {threads: 0, device: tpu}\n";

    ConfigException e = failure(() -> ConfigLoader.load(text, "yaml", List.of(), RESOLVER));

    assertThat(e.problems()).extracting(ConfigProblem::field).containsExactlyInAnyOrder(
        "trainig", "eval.colour", "name", "seed", "model.latent_dim", "model.dept",
        "training.steps", "training.batch_size", "loss.penalty.type", "loss.type", "loss.clip",
        "eval.every",
        "runtime.threads", "runtime.device");
    assertThat(e.getMessage().lines()).hasSize(e.problems().size())
        .contains("trainig is not a known key; did you mean 'training'?",
            "model.latent_dim must be an integer, found 'x'",
            "training.batch_size must be an integer, found true",
            "runtime.device must be one of cpu, gpu, found 'tpu'; did you mean 'cpu'?",
            "loss.clip must be >= 0, found -1.0");
  }

  @Test
  void valueChecksOfARecordAreAllListed() {
    String text = PLAIN + "training: {batch_size: 0, lr_g: -1, betas: [0.5], ema: 2.0}\n"
        + "loss: {type: hinje, clip: -1}\n";

    ConfigException e = failure(() -> ConfigLoader.load(text, "yaml", List.of(), RESOLVER));

    assertThat(e.getMessage().lines()).containsExactly(
        "loss.type must be one of minimax, non-saturating, least-squares, wasserstein, hinge, "
            + "wasserstein-gp, found 'hinje'; did you mean 'hinge'?",
        "loss.clip must be >= 0, found -1.0",
        "training.batch_size must be in [1, 65536], found 0",
        "training.lr_g must be > 0, found -1.0",
        "training.betas must have exactly 2 values, found [0.5]",
        "training.ema must be 0 or in (0, 1), found 2.0");
  }

  @Test
  void runCheckProblemsJoinTheProblemsOfSectionsItDoesNotDependOn() {
    String text = PLAIN + "training: {lr_d: -1}\n";
    java.util.function.Consumer<ExperimentConfig> runCheck = config -> {
      throw new ConfigException("eval.metrics", "eval.metrics: run check saw "
          + config.data().source() + " and lr_d " + config.training().lrD());
    };

    ConfigException e = failure(() -> ConfigLoader.fromTree(
        ConfigText.parse(text, "yaml", "test"), RESOLVER, runCheck));

    assertThat(e.getMessage().lines()).containsExactly(
        "training.lr_d must be > 0, found -1.0",
        "eval.metrics: run check saw ring8 and lr_d 2.0E-4");
  }

  @Test
  void runCheckIsSkippedWhenASectionItDependsOnFailed() {
    String text = PLAIN + "data: {source: ring9}\n";
    java.util.function.Consumer<ExperimentConfig> runCheck = config -> {
      throw new AssertionError("the run check must not run on a config whose data failed");
    };

    ConfigException e = failure(() -> ConfigLoader.fromTree(
        ConfigText.parse(text, "yaml", "test"), RESOLVER, runCheck));

    assertThat(e.problems()).extracting(ConfigProblem::field).containsExactly("data.source");
  }

  @Test
  void negativeLearningRateMessageIsExact() {
    List<String> overrides = List.of("training.lr_d=-1");
    ConfigException e = failure(() -> ConfigLoader.load(PLAIN, "yaml", overrides, RESOLVER));

    assertThat(e.getMessage()).isEqualTo("training.lr_d must be > 0, found -1.0");
  }

  @Test
  void yamlSyntaxErrorNamesLine() {
    ConfigException e = failure(() -> load("syntax-error.yaml"));

    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).contains("syntax-error.yaml", "YAML syntax error", "line 4");
  }

  @Test
  void jsonSyntaxErrorNamesLine() {
    String text = "{\"model\": {\"variant\": \"plain\"},\n \"seed\": }";
    ConfigException e = failure(() -> ConfigLoader.load(text, "json", List.of(), RESOLVER));

    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).contains("JSON syntax error", "line 2");
  }

  @Test
  void topLevelListIsRejected() {
    ConfigException e = failure(() -> ConfigLoader.load("- a\n- b\n", "yaml", List.of(), RESOLVER));

    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).contains("must be a mapping", "[\"a\",\"b\"]");
  }

  @Test
  void typoInFileSuggestsSection() {
    ConfigException e = failure(() -> load("typo.yaml"));

    assertThat(e.field()).isEqualTo("trainig");
    assertThat(e.getMessage()).isEqualTo("trainig is not a known key; did you mean 'training'?");
  }

  @Test
  void missingFileNamesPath() {
    Path missing = Path.of("no/such/config.yaml");
    ConfigException e = failure(() -> ConfigLoader.load(missing, List.of(), RESOLVER));

    assertThat(e.getMessage()).contains("not found", missing.toString());
  }

  @Test
  void unsupportedExtensionIsRejected() {
    ConfigException e = failure(() -> ConfigLoader.load(Path.of("run.toml"), List.of(), RESOLVER));

    assertThat(e.getMessage()).contains("run.toml", ".yaml, .yml or .json");
  }

  @Test
  void variantWithoutDefaultsRequiresEveryOption() {
    record Required(int blocks) {}
    VariantOptionsResolver resolver = VariantOptionsResolver.of(Map.of("req", Required.class));
    String text = "model: {variant: req}";
    ConfigException e = failure(() -> ConfigLoader.load(text, "yaml", List.of(), resolver));

    assertThat(e.field()).isEqualTo("model.blocks");
    assertThat(e.getMessage()).contains("required by variant req");
  }

  @Test
  void duplicateKeyIsASyntaxError() {
    String text = PLAIN + "seed: 1\nseed: 2\n";
    ConfigException e = failure(() -> ConfigLoader.load(text, "yaml", List.of(), RESOLVER));

    assertThat(e.getMessage()).contains("seed", "line 3");
  }

  private static ConfigException failure(ThrowingCallable call) {
    return catchThrowableOfType(ConfigException.class, call);
  }

  private static ExperimentConfig load(String resource) throws URISyntaxException {
    Path file = Path.of(ConfigErrorsTest.class.getResource("/config/" + resource).toURI());
    return ConfigLoader.load(file, List.of(), RESOLVER);
  }

  private static Case yaml(String label, String yaml, String field, String... says) {
    return new Case(label, yaml, List.of(), field, List.of(says));
  }

  private static Case json(String label, String json, String field, String... says) {
    return new Case(label, json, List.of(), field, List.of(says));
  }

  private static Case override(String label, List<String> overrides, String field, String... says) {
    return new Case(label, PLAIN, overrides, field, List.of(says));
  }
}
