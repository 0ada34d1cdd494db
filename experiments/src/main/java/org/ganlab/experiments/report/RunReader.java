package org.ganlab.experiments.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.experiments.sweep.ConfigValues;
import org.ganlab.experiments.sweep.RunInspector;
import org.ganlab.experiments.sweep.RunRecord;

/**
 * Reads one run of a sweep from its {@code plan.json} entry and its directory. The run's state comes from
 * {@link RunInspector}, as for the sweep itself; a file the run has not written yet reads as empty.
 */
public final class RunReader {

  private RunReader() {}

  /**
   * Reads a run.
   *
   * @param sweepRoot the sweep directory
   * @param entry the run's entry in {@code plan.json}'s {@code runs}
   * @param varyingKeys {@code plan.json}'s {@code varying_keys}
   * @return the run
   * @throws IllegalArgumentException when the entry lacks its id or directory, or a file of the run is
   *     not valid JSON
   */
  public static RunResult read(Path sweepRoot, JsonNode entry, List<String> varyingKeys) {
    String id = entry.path("id").asText("");
    String relative = entry.path("directory").asText("");
    if (id.isEmpty() || relative.isEmpty()) {
      throw new IllegalArgumentException(sweepRoot.resolve("plan.json")
          + ": every run needs an id and a directory, found " + entry);
    }
    RunDirectory directory = new RunDirectory(sweepRoot.resolve(relative));
    Map<String, String> values = new LinkedHashMap<>();
    varyingKeys.forEach(key -> {
      JsonNode value = entry.path("values").path(key);
      values.put(key, value.isMissingNode() || value.isNull() ? "-" : ConfigValues.text(value));
    });
    RunRecord record = RunInspector.inspect(directory);
    JsonNode summary = json(directory.finalMetrics());
    JsonNode provenance = json(directory.provenance());
    long steps = summary.has("completed_steps") ? summary.path("completed_steps").asLong()
        : provenance.path("completed_steps").asLong(0);
    return new RunResult(id, directory.root(), entry.path("seed").asLong(), values, record.state(),
        record.reason(), steps, metrics(summary.path("metrics")), protocols(summary.path("protocol")),
        texts(provenance), wallSeconds(provenance), lastSample(directory.root().resolve("samples")),
        TrainingLog.read(directory.metrics()));
  }

  private static JsonNode json(Path file) {
    return Files.isRegularFile(file) ? readJson(file) : ConfigJson.json().createObjectNode();
  }

  /**
   * Reads a JSON file ganlab wrote.
   *
   * @param file the file
   * @return its tree
   * @throws IllegalArgumentException naming the file and, on one line, what is wrong with it
   */
  static JsonNode readJson(Path file) {
    try {
      return ConfigJson.json().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * Reads the final metric values of a run: the {@code metrics} object of its {@code final.json}.
   *
   * @param finalJson the run's {@code final.json}
   * @return column to value, in file order; a value written as text ("NaN", "Infinity") is parsed
   * @throws IllegalArgumentException if the file cannot be read or is not JSON
   */
  public static Map<String, Double> finalMetrics(Path finalJson) {
    return metrics(readJson(finalJson).path("metrics"));
  }

  private static Map<String, Double> metrics(JsonNode node) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      if (value.isNumber()) {
        metrics.put(field.getKey(), value.doubleValue());
      } else if (value.isTextual()) {
        metrics.put(field.getKey(), parseOrNaN(value.asText()));
      }
    });
    return metrics;
  }

  private static double parseOrNaN(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static Map<String, Map<String, String>> protocols(JsonNode node) {
    Map<String, Map<String, String>> protocols = new LinkedHashMap<>();
    node.fields().forEachRemaining(metric -> protocols.put(metric.getKey(), texts(metric.getValue())));
    return protocols;
  }

  private static Map<String, String> texts(JsonNode node) {
    Map<String, String> texts = new LinkedHashMap<>();
    node.fields().forEachRemaining(field ->
        texts.put(field.getKey(), field.getValue().isNull() ? "" : ConfigValues.text(field.getValue())));
    return texts;
  }

  private static double wallSeconds(JsonNode provenance) {
    try {
      Instant start = Instant.parse(provenance.path("started_at").asText(""));
      Instant end = Instant.parse(provenance.path("ended_at").asText(""));
      return Duration.between(start, end).toNanos() / 1e9;
    } catch (DateTimeParseException e) {
      return Double.NaN;
    }
  }

  private static long step(Path sample) {
    return Long.parseLong(sample.getFileName().toString().replaceAll("\\D", ""));
  }

  private static Path lastSample(Path samples) {
    if (!Files.isDirectory(samples)) {
      return null;
    }
    try (Stream<Path> files = Files.list(samples)) {
      return files.filter(file -> file.getFileName().toString().matches("step-\\d+\\.png"))
          .max(Comparator.comparingLong(RunReader::step)).orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
