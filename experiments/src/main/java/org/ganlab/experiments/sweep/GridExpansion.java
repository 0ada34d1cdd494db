package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigException;

/**
 * Expands a {@link SweepSpec} into its points, in a fixed order: the grid's cartesian product (first key
 * outermost) without the excluded points, then the {@code include} entries; each crossed with the seeds
 * (seeds innermost), except an {@code include} entry that sets {@code seed} itself, which is one run (so
 * an irregular design can give some cells fewer seeds). With no grid, the points are the
 * {@code include} entries, or the base config alone when there are none.
 */
public final class GridExpansion {

  private GridExpansion() {}

  /**
   * Lists the points of a sweep.
   *
   * @param spec the sweep
   * @return its points, each with {@code seed} set when the sweep lists seeds
   * @throws ConfigException naming {@code sweep.exclude} when it removes every point
   */
  public static List<SweepPoint> points(SweepSpec spec) {
    List<SweepPoint> cells = new ArrayList<>();
    if (!spec.grid().isEmpty()) {
      for (SweepPoint cell : product(spec.grid())) {
        if (spec.exclude().stream().noneMatch(cell::matches)) {
          cells.add(cell);
        }
      }
    } else if (spec.include().isEmpty()) {
      cells.add(new SweepPoint(Map.of()));
    }
    spec.include().forEach(entry -> cells.add(new SweepPoint(entry)));
    if (cells.isEmpty()) {
      throw new ConfigException("sweep.exclude", "sweep.exclude removes every grid point; nothing to run");
    }
    if (spec.seeds().isEmpty()) {
      return cells;
    }
    List<SweepPoint> points = new ArrayList<>();
    for (SweepPoint cell : cells) {
      if (cell.settings().containsKey("seed")) {
        points.add(cell);
      } else {
        spec.seeds().forEach(seed -> points.add(cell.withSeed(seed)));
      }
    }
    return points;
  }

  private static List<SweepPoint> product(Map<String, List<JsonNode>> grid) {
    List<Map<String, JsonNode>> partial = new ArrayList<>();
    partial.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<JsonNode>> axis : grid.entrySet()) {
      List<Map<String, JsonNode>> extended = new ArrayList<>();
      for (Map<String, JsonNode> prefix : partial) {
        for (JsonNode value : axis.getValue()) {
          Map<String, JsonNode> point = new LinkedHashMap<>(prefix);
          point.put(axis.getKey(), value);
          extended.add(point);
        }
      }
      partial = extended;
    }
    return partial.stream().map(SweepPoint::new).toList();
  }
}
