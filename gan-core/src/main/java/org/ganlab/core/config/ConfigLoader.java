package org.ganlab.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns a config file (YAML or JSON) plus command-line overrides into a typed, validated
 * {@link ExperimentConfig} with every default filled in. Every problem, from a YAML syntax error to a
 * learning rate of -1, is a {@link ConfigException} naming the field path, the value and what is allowed;
 * a config with several mistakes gets one exception that lists all of them.
 *
 * <p>Steps: read the tree, apply overrides ({@link ConfigOverrides}), reject unknown keys, merge onto
 * the defaults and resolve dependent values ({@code AUTO}, {@code wasserstein-gp}), bind each section
 * strictly, bind {@code model:} to the variant's options record, run the cross-field checks
 * ({@link ConfigValidator}) and, where given, the caller's run check (variant, data and metrics).
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /**
   * Loads a config file.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
   * @param overrides {@code key.path=value} overrides, applied in order
   * @param variants resolves {@code model.variant} to its options record
   * @return the resolved config
   * @throws ConfigException for a missing or unreadable file and for any invalid content
   */
  public static ExperimentConfig load(
      Path file, List<String> overrides, VariantOptionsResolver variants) {
    return load(file, overrides, variants, config -> {});
  }

  /**
   * Loads a config file and checks that it can run, reporting the problems of the config and of the
   * run check together.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
   * @param overrides {@code key.path=value} overrides, applied in order
   * @param variants resolves {@code model.variant} to its options record
   * @param runCheck throws {@link ConfigException} for a config that cannot run (variant, data,
   *     metrics); see {@link #fromTree(JsonNode, VariantOptionsResolver, Consumer)}
   * @return the resolved config
   * @throws ConfigException for a missing or unreadable file, listing every problem of its content
   */
  public static ExperimentConfig load(Path file, List<String> overrides,
      VariantOptionsResolver variants, Consumer<ExperimentConfig> runCheck) {
    ObjectNode tree = readTree(file);
    ConfigOverrides.apply(tree, overrides);
    return fromTree(tree, variants, runCheck);
  }

  /**
   * Loads config text, e.g. from a test or a run directory's {@code config.yaml}.
   *
   * @param text the document
   * @param format {@code yaml}, {@code yml} or {@code json}
   * @param overrides {@code key.path=value} overrides, applied in order
   * @param variants resolves {@code model.variant} to its options record
   * @return the resolved config
   * @throws ConfigException for any invalid content
   */
  public static ExperimentConfig load(
      String text, String format, List<String> overrides, VariantOptionsResolver variants) {
    ObjectNode tree = ConfigText.parse(text, format, "config");
    ConfigOverrides.apply(tree, overrides);
    return fromTree(tree, variants);
  }

  /**
   * Resolves a config tree the caller already holds (a sweep expands one file into many trees). The
   * tree must hold only config sections: a sweep removes its own {@code sweep:} section first.
   *
   * @param tree the user's tree, not modified
   * @param variants resolves {@code model.variant} to its options record
   * @return the resolved config
   * @throws ConfigException for any invalid content
   */
  public static ExperimentConfig fromTree(JsonNode tree, VariantOptionsResolver variants) {
    return fromTree(tree, variants, config -> {});
  }

  /**
   * Resolves a config tree and checks that it can run. The run check sees a config whose data, model
   * and eval sections are the user's; it also runs when only other sections have problems (with their
   * defaults standing in), so that its problems join theirs in one list.
   *
   * @param tree the user's tree, not modified
   * @param variants resolves {@code model.variant} to its options record
   * @param runCheck throws {@link ConfigException} for a config that cannot run
   * @return the resolved config
   * @throws ConfigException listing every problem, one line each
   */
  public static ExperimentConfig fromTree(
      JsonNode tree, VariantOptionsResolver variants, Consumer<ExperimentConfig> runCheck) {
    if (tree == null || !tree.isObject()) {
      throw new ConfigException(
          "", "the config must be a mapping of sections, found " + JsonValues.describe(tree));
    }
    ObjectNode user = tree.deepCopy();
    ConfigProblems problems = new ConfigProblems();
    KeyChecker.check(user, ConfigDefaults.tree(), problems);
    ObjectNode resolved;
    try {
      resolved = ConfigResolution.resolve(user, variants);
    } catch (ConfigException e) {
      problems.add(e);
      throw new ConfigException(problems.list());
    }
    return ConfigAssembly.assemble(resolved, variants, problems, runCheck);
  }

  /**
   * Reads a config file into a tree without resolving it, for callers that edit the tree first.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
   * @return the file's top-level mapping
   * @throws ConfigException for a missing or unreadable file or a syntax error
   */
  public static ObjectNode readTree(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String format = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (!List.of("yaml", "yml", "json").contains(format)) {
      throw new ConfigException(
          "", "config file " + file + " must end in .yaml, .yml or .json");
    }
    try {
      return ConfigText.parse(Files.readString(file), format, file.toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException("", "config file not found: " + file);
    } catch (IOException e) {
      throw new ConfigException("", "cannot read config file " + file + ": " + e.getMessage());
    }
  }
}
