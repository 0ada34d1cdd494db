package org.ganlab.experiments.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.RunDirectory;

/**
 * Decides what to do with a run directory that may already exist: a finished run (done or diverged: a
 * diverged run is a result, and retraining it would diverge again) is not trained again,
 * an unfinished one is resumed only when asked, {@code --force} starts over.
 */
final class RunDirectoryPolicy {

  /** What the train command does. */
  enum Decision {
    /** Train from step 0. */
    FRESH,
    /** Continue from the latest checkpoint. */
    RESUME,
    /** Nothing: the run finished before (done or diverged). */
    ALREADY_DONE
  }

  private RunDirectoryPolicy() {}

  static Decision decide(RunDirectory directory, boolean resume, boolean force) {
    if (force) {
      deleteRecursively(directory.root());
      return Decision.FRESH;
    }
    if (!Files.exists(directory.provenance())) {
      return resume ? Decision.RESUME : Decision.FRESH;
    }
    String status = status(directory.provenance());
    if ("done".equals(status) || "diverged".equals(status)) {
      return Decision.ALREADY_DONE;
    }
    if (resume) {
      return Decision.RESUME;
    }
    throw new IllegalArgumentException("run directory " + directory.root() + " holds an unfinished run"
        + " (status " + status + "); use --resume to continue it or --force to start over");
  }

  private static String status(Path provenance) {
    try {
      JsonNode node = ConfigJson.json().readTree(provenance.toFile());
      return node.path("status").asText("unknown");
    } catch (IOException e) {
      return "unreadable";
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
