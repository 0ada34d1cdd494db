package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.AtomicFiles;

/**
 * Writes a sweep's {@code sweep.yaml} (the sweep file as given) and {@code plan.json}, each atomically.
 * {@code plan.json} ({@code schema_version} 1) holds {@code name}, {@code varying_keys} and one entry per
 * run: {@code id}, {@code config_sha256}, {@code directory} (relative to the sweep directory),
 * {@code seed}, {@code values} (the resolved value of each varying key) and {@code points} (the keys
 * each point that asked for this run set, seed included).
 */
public final class PlanWriter {
  /** Version of the {@code plan.json} layout. */
  public static final int SCHEMA_VERSION = 1;

  private PlanWriter() {}

  /**
   * Writes both files.
   *
   * @param plan the sweep's plan
   */
  public static void write(SweepPlan plan) {
    AtomicFiles.writeString(plan.layout().sweepFile(), plan.file().text());
    try {
      AtomicFiles.write(plan.layout().plan(), ConfigJson.json().writeValueAsBytes(toJson(plan)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render plan.json", e);
    }
  }

  /**
   * Renders the plan.
   *
   * @param plan the sweep's plan
   * @return the content of {@code plan.json}
   */
  public static ObjectNode toJson(SweepPlan plan) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("schema_version", SCHEMA_VERSION);
    root.put("name", plan.name());
    root.put("sweep_file", plan.layout().root().relativize(plan.layout().sweepFile()).toString());
    ArrayNode keys = root.putArray("varying_keys");
    plan.varyingKeys().forEach(keys::add);
    ArrayNode runs = root.putArray("runs");
    for (PlannedRun run : plan.runs()) {
      ObjectNode entry = runs.addObject();
      entry.put("id", run.id());
      entry.put("config_sha256", run.configSha256());
      entry.put("directory", plan.layout().root().relativize(run.directory().root()).toString());
      entry.put("seed", run.config().seed());
      ObjectNode values = entry.putObject("values");
      ResolvedValues.of(run.config(), plan.varyingKeys()).forEach(values::set);
      ArrayNode points = entry.putArray("points");
      for (SweepPoint point : run.points()) {
        ObjectNode settings = points.addObject();
        point.settings().forEach(settings::set);
      }
    }
    return root;
  }
}
