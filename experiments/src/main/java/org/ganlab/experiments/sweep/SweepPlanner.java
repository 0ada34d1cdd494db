package org.ganlab.experiments.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.DataException;

/**
 * Turns a sweep file into a {@link SweepPlan} before anything is written: resolves every point to a
 * config, checks that it can run, and merges points that resolve to the same config into one run. All
 * failing points are reported together, every problem of each on a line of its own.
 */
public final class SweepPlanner {
  private final VariantOptionsResolver variants;
  private final Consumer<ExperimentConfig> check;

  /**
   * Creates a planner.
   *
   * @param variants resolves {@code model.variant}
   * @param check throws {@link ConfigException}, {@link DataException} or
   *     {@link IllegalArgumentException} for a config that cannot run (variant, data or metrics)
   */
  public SweepPlanner(VariantOptionsResolver variants, Consumer<ExperimentConfig> check) {
    this.variants = variants;
    this.check = check;
  }

  /**
   * Plans a sweep.
   *
   * @param file the sweep file
   * @param out the parent directory of sweep directories; the sweep goes to {@code out/<name>}
   * @return the plan
   * @throws InvalidSweepException listing every point that does not resolve or cannot run
   * @throws ConfigException when the {@code sweep:} section leaves no point
   */
  public SweepPlan plan(SweepFile file, Path out) {
    List<SweepPoint> points = GridExpansion.points(file.spec());
    Map<String, ExperimentConfig> configs = new LinkedHashMap<>();
    Map<String, List<SweepPoint>> pointsByHash = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    int failing = 0;
    for (SweepPoint point : points) {
      try {
        ExperimentConfig config = ConfigLoader.fromTree(point.applyTo(file.base()), variants, check);
        String hash = ConfigWriter.sha256(config);
        configs.putIfAbsent(hash, config);
        pointsByHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(point);
      } catch (ConfigException | DataException | IllegalArgumentException e) {
        failing++;
        e.getMessage().lines().forEach(line -> failures.add(point.describe() + ": " + line));
      }
    }
    if (!failures.isEmpty()) {
      throw new InvalidSweepException(failures, failing, points.size());
    }
    String name = configs.values().iterator().next().name();
    SweepLayout layout = new SweepLayout(out.resolve(RunIds.safeName(name)));
    List<PlannedRun> runs = new ArrayList<>();
    configs.forEach((hash, config) -> runs.add(new PlannedRun(config, hash,
        layout.run(RunIds.of(hash)), pointsByHash.get(hash))));
    return new SweepPlan(name, layout, file, varyingKeys(file.spec()), runs);
  }

  private static List<String> varyingKeys(SweepSpec spec) {
    Set<String> keys = new LinkedHashSet<>(spec.grid().keySet());
    spec.include().forEach(entry -> keys.addAll(entry.keySet()));
    keys.remove("seed");
    return List.copyOf(keys);
  }
}
