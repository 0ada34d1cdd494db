package org.ganlab.experiments.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganlab.core.config.ConfigJson;

/**
 * Writes small fake sweep directories for report tests: {@code plan.json} and per run
 * {@code config.yaml}, {@code provenance.json}, {@code final.json}, {@code metrics.csv} and a 4 x 4
 * {@code samples/step-NNNNNN.png}, as a real sweep would, without training anything.
 */
public final class FakeSweep {
  private final Path root;
  private final String name;
  private final List<String> keys;
  private final List<Run> runs = new ArrayList<>();

  /** One fake run; {@code values} are the varying keys' values (strings or numbers). */
  public static final class Run {
    final String id;
    final long seed;
    final Map<String, Object> values;
    String status = "done";
    String reason = "";
    final Map<String, Object> metrics = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> protocols = new LinkedHashMap<>();
    String log = "step,d_loss,g_loss,lr_g,fid\n10,1.5,0.5,1.0E-4,\n20,1.0,1.0,1.0E-4,30.0\n";
    String startedAt = "2026-01-01T00:00:00Z";
    String endedAt = "2026-01-01T00:01:30Z";

    Run(String id, long seed, Map<String, Object> values) {
      this.id = id;
      this.seed = seed;
      this.values = values;
    }

    /** Sets a final metric column. */
    public Run metric(String column, double value) {
      metrics.put(column, value);
      return this;
    }

    /** Sets one protocol entry of a metric. */
    public Run protocol(String metric, String key, Object value) {
      protocols.computeIfAbsent(metric, m -> new LinkedHashMap<>()).put(key, value);
      return this;
    }

    /** Marks the run diverged or failed. */
    public Run ended(String state, String why) {
      status = state;
      reason = why;
      return this;
    }
  }

  public FakeSweep(Path root, String name, List<String> keys) {
    this.root = root;
    this.name = name;
    this.keys = keys;
  }

  /** Adds a run. */
  public Run run(String id, long seed, Map<String, Object> values) {
    Run run = new Run(id, seed, values);
    runs.add(run);
    return run;
  }

  /** Writes every file and returns the sweep directory. */
  public Path write() throws IOException {
    ObjectNode plan = ConfigJson.json().createObjectNode();
    plan.put("schema_version", 1);
    plan.put("name", name);
    plan.put("sweep_file", "sweep.yaml");
    ArrayNode varying = plan.putArray("varying_keys");
    keys.forEach(varying::add);
    ArrayNode entries = plan.putArray("runs");
    for (Run run : runs) {
      ObjectNode entry = entries.addObject();
      entry.put("id", run.id);
      entry.put("config_sha256", "c0ffee" + run.id);
      entry.put("directory", "runs/" + run.id);
      entry.put("seed", run.seed);
      entry.set("values", ConfigJson.json().valueToTree(run.values));
      entry.putArray("points");
      writeRun(root.resolve("runs").resolve(run.id), run);
    }
    Files.createDirectories(root);
    Files.writeString(root.resolve("sweep.yaml"), "name: " + name + "\n");
    ConfigJson.json().writeValue(root.resolve("plan.json").toFile(), plan);
    return root;
  }

  private static void writeRun(Path dir, Run run) throws IOException {
    Files.createDirectories(dir.resolve("samples"));
    Files.writeString(dir.resolve("config.yaml"), "seed: " + run.seed + "\n");
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("schema_version", 1);
    provenance.put("ganlab_version", "0.1.0-test");
    provenance.put("git_commit", "abc123");
    provenance.put("config_sha256", "c0ffee" + run.id);
    provenance.put("seed", run.seed);
    provenance.put("java", "17 (Test)");
    provenance.put("djl", "0.35.1");
    provenance.put("engine", "PyTorch 2.7.1");
    provenance.put("os", "Linux");
    provenance.put("cpu", "Test CPU, 2 logical cores");
    provenance.put("threads", 1);
    provenance.put("device", "cpu");
    provenance.put("started_at", run.startedAt);
    provenance.put("ended_at", run.endedAt);
    provenance.put("status", run.status);
    provenance.put("reason", run.reason);
    provenance.put("completed_steps", 20);
    ConfigJson.json().writeValue(dir.resolve("provenance.json").toFile(), provenance);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("schema_version", 1);
    summary.put("status", run.status);
    summary.put("completed_steps", 20);
    summary.put("reason", run.reason);
    summary.put("metrics", run.metrics);
    summary.put("protocol", run.protocols);
    ConfigJson.json().writeValue(dir.resolve("final.json").toFile(), summary);
    Files.writeString(dir.resolve("metrics.csv"), run.log);
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 2, 0xff0000);
    ImageIO.write(image, "png", dir.resolve("samples/step-000010.png").toFile());
    ImageIO.write(image, "png", dir.resolve("samples/step-000020.png").toFile());
  }
}
