package org.ganlab.experiments.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.experiments.sweep.SweepLayout;

/**
 * Everything a sweep directory holds, as read by {@link #read}: the sweep's name, its varying keys and
 * its runs in {@code plan.json}'s order.
 *
 * @param root the sweep directory
 * @param name the sweep's name
 * @param varyingKeys the dotted config keys the sweep varies besides the seed
 * @param runs every planned run, trained or not
 */
public record SweepResults(Path root, String name, List<String> varyingKeys, List<RunResult> runs) {

  /** Keeps unmodifiable copies of the lists. */
  public SweepResults {
    varyingKeys = List.copyOf(varyingKeys);
    runs = List.copyOf(runs);
  }

  /**
   * Reads a sweep directory.
   *
   * @param root a directory written by {@code ganlab sweep} (it holds {@code plan.json})
   * @return the sweep's results
   * @throws IllegalArgumentException when {@code root} is not a directory, has no {@code plan.json}, or
   *     a file in it is not what ganlab writes
   */
  public static SweepResults read(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("RUNS_DIR " + root + " is not a directory");
    }
    Path planFile = new SweepLayout(root).plan();
    if (!Files.isRegularFile(planFile)) {
      throw new IllegalArgumentException("RUNS_DIR " + root
          + " is not a sweep directory: it has no plan.json (give the directory ganlab sweep wrote,"
          + " OUT/<sweep name>)");
    }
    JsonNode plan = RunReader.readJson(planFile);
    if (!plan.path("runs").isArray()) {
      throw new IllegalArgumentException(planFile + " has no runs array");
    }
    List<String> keys = new ArrayList<>();
    plan.path("varying_keys").forEach(key -> keys.add(key.asText()));
    List<RunResult> runs = new ArrayList<>();
    plan.path("runs").forEach(entry -> runs.add(RunReader.read(root, entry, keys)));
    String name = plan.path("name").asText(root.getFileName() == null ? "sweep"
        : root.getFileName().toString());
    return new SweepResults(root, name, keys, runs);
  }
}
