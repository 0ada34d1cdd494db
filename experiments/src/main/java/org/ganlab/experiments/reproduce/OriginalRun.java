package org.ganlab.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.io.RunDirectory;

/**
 * The run to reproduce, read and checked before anything is trained: its resolved config (whose hash must
 * be the one its provenance records), its provenance, its logged metrics and, when it finished, its final
 * metrics.
 */
public final class OriginalRun {
  private final RunDirectory directory;
  private final ExperimentConfig config;
  private final String configSha256;
  private final JsonNode provenance;
  private final MetricsTable metrics;
  private final Map<String, String> finalMetrics;

  private OriginalRun(RunDirectory directory, ExperimentConfig config, String configSha256,
      JsonNode provenance, MetricsTable metrics) {
    this.directory = directory;
    this.config = config;
    this.configSha256 = configSha256;
    this.provenance = provenance;
    this.metrics = metrics;
    this.finalMetrics = finished() && Files.isRegularFile(directory.finalMetrics())
        ? FinalMetrics.read(directory.finalMetrics()) : null;
  }

  /**
   * Reads a run directory.
   *
   * @param root the run directory
   * @param variants resolves the config's variant
   * @return the run
   * @throws IllegalArgumentException (or a {@code ConfigException}) when it is not a readable run
   *     directory (a finished run's {@code final.json} included), when its metrics log has no row, or
   *     when its {@code config.yaml} is not the config its provenance records
   */
  public static OriginalRun open(Path root, VariantOptionsResolver variants) {
    RunDirectory directory = new RunDirectory(root);
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("run directory " + root + " does not exist");
    }
    for (Path file : List.of(directory.config(), directory.provenance(), directory.metrics())) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(root + " is not a run directory: it has no "
            + file.getFileName());
      }
    }
    JsonNode provenance = readProvenance(directory.provenance());
    String recorded = provenance.path("config_sha256").asText("");
    ExperimentConfig config = ConfigLoader.load(directory.config(), List.of(), variants);
    String sha256 = ConfigWriter.sha256(config);
    if (!sha256.equals(recorded)) {
      throw new IllegalArgumentException(directory.config() + " was edited after the run: its config"
          + " hashes to " + sha256 + " but provenance.json records " + recorded
          + "; reproduce needs the config the run was trained with");
    }
    MetricsTable metrics = MetricsTable.read(directory.metrics());
    if (metrics.rows().isEmpty()) {
      throw new IllegalArgumentException(directory.metrics() + " has no rows: nothing to reproduce");
    }
    return new OriginalRun(directory, config, sha256, provenance, metrics);
  }

  /**
   * Returns the run's files.
   *
   * @return its directory
   */
  public RunDirectory directory() {
    return directory;
  }

  /**
   * Returns the config the run was trained with.
   *
   * @return the resolved config
   */
  public ExperimentConfig config() {
    return config;
  }

  /**
   * Returns the config's hash, checked equal to the recorded one.
   *
   * @return 64 hex digits
   */
  public String configSha256() {
    return configSha256;
  }

  /**
   * Returns the recorded provenance.
   *
   * @return {@code provenance.json} as read
   */
  public JsonNode provenance() {
    return provenance;
  }

  /**
   * Returns the last step the original logged: a reproduction is compared up to it.
   *
   * @return the last row's step of {@code metrics.csv}
   */
  public long lastLoggedStep() {
    return metrics.lastStep();
  }

  MetricsTable metrics() {
    return metrics;
  }

  /**
   * Returns the metrics of {@code final.json}, read only for a run that finished.
   *
   * @return metric name to value as written, or null when the run did not finish or has no file
   */
  Map<String, String> finalMetrics() {
    return finalMetrics;
  }

  /**
   * Returns how the original ended, as its provenance records it.
   *
   * @return status and completed steps
   */
  public Outcome outcome() {
    return new Outcome(provenance.path("status").asText("unknown"),
        provenance.path("completed_steps").asLong(0));
  }

  /**
   * Tells whether the original ended by itself (done or diverged), so that its outcome and
   * {@code final.json} are results a reproduction must match; a running (killed) or failed run is
   * compared on the rows it logged only.
   *
   * @return true for done or diverged
   */
  public boolean finished() {
    String status = outcome().status();
    return "done".equals(status) || "diverged".equals(status);
  }

  private static JsonNode readProvenance(Path file) {
    try {
      JsonNode node = ConfigJson.json().readTree(file.toFile());
      if (node == null || !node.isObject() || !node.path("config_sha256").isTextual()) {
        throw new IllegalArgumentException(file + " is not a provenance record: it has no config_sha256");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
