package org.ganlab.metrics.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.AtomicFiles;

/**
 * Reads and writes an evaluator's file pair, {@code <name>.params} (a DJL parameter file) and
 * {@code <name>.json} ({@link EvaluatorMetadata}), from a directory or from gan-metrics' resources
 * under {@code /org/ganlab/metrics/extract/}.
 */
public final class EvaluatorFiles {
  private static final String RESOURCE_DIR = "/org/ganlab/metrics/extract/";

  private EvaluatorFiles() {}

  /**
   * Writes the pair atomically, parameters first, so a metadata file never names missing weights.
   *
   * @param directory where to write (created if missing)
   * @param evaluator the trained evaluator
   * @return the path of the JSON file
   */
  public static Path write(Path directory, TrainedEvaluator evaluator) {
    String name = evaluator.metadata().name();
    AtomicFiles.write(directory.resolve(name + ".params"), evaluator.parameters());
    Path json = directory.resolve(name + ".json");
    try {
      AtomicFiles.writeString(json,
          ConfigJson.json().writeValueAsString(evaluator.metadata()) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise evaluator metadata", e);
    }
    return json;
  }

  /**
   * Reads a pair from a directory.
   *
   * @param directory the directory holding {@code <name>.json} and {@code <name>.params}
   * @param name the evaluator name
   * @return the pair, not yet checked against each other
   * @throws IllegalArgumentException when a file is missing or the JSON is malformed
   */
  public static TrainedEvaluator read(Path directory, String name) {
    return new TrainedEvaluator(readFile(directory.resolve(name + ".params")),
        metadata(readFile(directory.resolve(name + ".json")), directory.resolve(name + ".json")
            .toString()));
  }

  /**
   * Reads the pair shipped in gan-metrics' resources.
   *
   * @param name {@code shapes-cnn} or {@code fashion-mnist-cnn}
   * @return the pair, not yet checked against each other
   * @throws IllegalArgumentException for another name
   */
  public static TrainedEvaluator readResource(String name) {
    EvaluatorDataset.byEvaluatorName(name);
    String json = RESOURCE_DIR + name + ".json";
    return new TrainedEvaluator(resource(RESOURCE_DIR + name + ".params"),
        metadata(resource(json), json));
  }

  private static EvaluatorMetadata metadata(byte[] json, String where) {
    try {
      EvaluatorMetadata metadata = ConfigJson.json().readValue(json, EvaluatorMetadata.class);
      if (metadata.schemaVersion() != EvaluatorMetadata.SCHEMA_VERSION) {
        throw new IllegalArgumentException(where + ": schema_version must be "
            + EvaluatorMetadata.SCHEMA_VERSION + ", found " + metadata.schemaVersion());
      }
      return metadata;
    } catch (IOException e) {
      throw new IllegalArgumentException(where + " is not evaluator metadata: " + e.getMessage(), e);
    }
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("evaluator file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = EvaluatorFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from gan-metrics");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
