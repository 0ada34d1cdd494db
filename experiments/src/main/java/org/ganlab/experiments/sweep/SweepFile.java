package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;

/**
 * A sweep file: a base config plus a {@code sweep:} section.
 *
 * @param path where it was read from
 * @param text its text, copied to the sweep directory as given
 * @param base its config tree without the {@code sweep:} section
 * @param spec its {@code sweep:} section
 */
public record SweepFile(Path path, String text, ObjectNode base, SweepSpec spec) {

  /**
   * Reads a sweep file.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
   * @return the file's base config and sweep
   * @throws ConfigException for a missing or unreadable file, a syntax error, a missing {@code sweep:}
   *     section or a bad key in it
   */
  public static SweepFile read(Path file) {
    ObjectNode tree = ConfigLoader.readTree(file);
    JsonNode section = tree.remove("sweep");
    if (section == null) {
      throw new ConfigException("sweep", file + " has no sweep: section; give it one (sweep: {grid:"
          + " {loss.type: [hinge, minimax]}, seeds: [1, 2]}) or use ganlab train for a single run");
    }
    SweepSpec spec = SweepSpecReader.read(section);
    try {
      return new SweepFile(file, Files.readString(file), tree, spec);
    } catch (IOException e) {
      throw new ConfigException("", "cannot read config file " + file + ": " + e.getMessage());
    }
  }
}
