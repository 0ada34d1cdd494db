package org.ganlab.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Binds the sections of a resolved tree one by one, gathering the problems of all of them, so a config
 * with several mistakes reports every one. A section that does not bind is checked no further; when only
 * sections the run check does not depend on failed ({@code name}, {@code seed}, {@code loss},
 * {@code training}, {@code runtime}), they are stood in for by their defaults so that the cross-field
 * rules and the run check (variant, data, metrics) still report their problems in the same list.
 */
final class ConfigAssembly {

  /** Sections a run check may judge with the defaults standing in for them. */
  private static final List<String> REPLACEABLE =
      List.of("name", "seed", "loss", "training", "runtime");

  private final ObjectNode tree;
  private final ObjectNode fallback;
  private final ConfigProblems problems;

  private ConfigAssembly(ObjectNode tree, ObjectNode fallback, ConfigProblems problems) {
    this.tree = tree;
    this.fallback = fallback;
    this.problems = problems;
  }

  /**
   * Binds a resolved tree, runs the cross-field rules and the run check, and throws every problem.
   *
   * @param tree the resolved tree (every key present); unknown model options are removed from it
   * @param variants resolves the variant's options record
   * @param problems the problems found so far (unknown keys), added to
   * @param runCheck checks that the config can run; throws {@link ConfigException}
   * @return the config, when nothing is wrong
   * @throws ConfigException listing every problem, one line each
   */
  static ExperimentConfig assemble(ObjectNode tree, VariantOptionsResolver variants,
      ConfigProblems problems, Consumer<ExperimentConfig> runCheck) {
    ObjectNode fallback = ConfigResolution.resolve(tree.objectNode(), variants);
    return new ConfigAssembly(tree, fallback, problems).assemble(variants, runCheck);
  }

  private ExperimentConfig assemble(
      VariantOptionsResolver variants, Consumer<ExperimentConfig> runCheck) {
    String name = section("name", String.class);
    Long seed = section("seed", long.class);
    DataConfig data = section("data", DataConfig.class);
    ModelConfig model = bindModel(variants);
    LossConfig loss = section("loss", LossConfig.class);
    TrainingConfig training = section("training", TrainingConfig.class);
    EvalConfig eval = section("eval", EvalConfig.class);
    RuntimeConfig runtime = section("runtime", RuntimeConfig.class);
    if (data != null && model != null && eval != null && onlyReplaceableFailed()) {
      ExperimentConfig config = new ExperimentConfig(name, seed, data, model, loss, training, eval,
          runtime);
      if (problems.collect(() -> ConfigValidator.validate(config)) || onlyReplaceableFailed()) {
        problems.collect(() -> runCheck.accept(config));
      }
      problems.throwIfAny();
      return config;
    }
    if (name != null && seed != null) {
      Checks checks = new Checks();
      ExperimentConfig.checkNameAndSeed(checks, name, seed);
      problems.collect(checks::done);
    }
    problems.throwIfAny();
    throw new IllegalStateException("a section failed without a problem");
  }

  private <T> T section(String key, Class<T> type) {
    try {
      return SectionBinder.bind(tree.get(key), type, key);
    } catch (ConfigException e) {
      problems.add(e);
      return REPLACEABLE.contains(key) ? SectionBinder.bind(fallback.get(key), type, key) : null;
    }
  }

  private ModelConfig bindModel(VariantOptionsResolver variants) {
    JsonNode model = tree.get("model");
    try {
      return ModelBinder.bind((ObjectNode) model, variants);
    } catch (ConfigException e) {
      problems.add(e);
      return null;
    }
  }

  private boolean onlyReplaceableFailed() {
    return problems.list().stream().allMatch(problem -> REPLACEABLE.stream().anyMatch(
        section -> problem.field().equals(section) || problem.field().startsWith(section + ".")));
  }
}
