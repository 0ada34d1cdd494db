package org.ganlab.experiments.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.VariantRegistry;
import org.ganlab.experiments.sweep.RunIds;

/**
 * One training of the quality tier: an example file trained with some overrides, as
 * {@code ganlab train examples/<example>.yaml -o ... --out OUT} does. Rows that name the same example
 * and overrides share one run.
 *
 * @param example the example's name: the file {@code <example>.yaml} in the examples folder
 * @param overrides {@code key=value} overrides, in order
 */
public record Training(String example, List<String> overrides) {

  /** Copies the overrides. */
  public Training {
    overrides = List.copyOf(overrides);
  }

  /**
   * Returns the example's config file.
   *
   * @param examples the examples folder
   * @return {@code examples/<example>.yaml}
   */
  public Path file(Path examples) {
    return examples.resolve(example + ".yaml");
  }

  /**
   * Finds where {@code ganlab train} puts this training's run: {@code OUT/<name>/<run id>}, the run id
   * being the hash of the resolved config, so a run of an edited example is never taken for this one.
   *
   * @param examples the examples folder
   * @param out the parent directory of the runs
   * @param extra overrides applied after this training's own (empty for the tier itself)
   * @return the run directory, which need not exist
   * @throws org.ganlab.core.config.ConfigException when the example does not resolve
   */
  public RunDirectory runDirectory(Path examples, Path out, List<String> extra) {
    List<String> all = new ArrayList<>(overrides);
    all.addAll(extra);
    ExperimentConfig config = ConfigLoader.load(file(examples), all, VariantRegistry.load());
    return new RunDirectory(out.resolve(RunIds.safeName(config.name()))
        .resolve(RunIds.of(ConfigWriter.sha256(config))));
  }

  /**
   * Returns the arguments of {@code ganlab train} after the config file.
   *
   * @return {@code -o key=value} pairs, in order
   */
  public List<String> overrideArguments() {
    List<String> arguments = new ArrayList<>();
    overrides.forEach(override -> {
      arguments.add("-o");
      arguments.add(override);
    });
    return arguments;
  }
}
