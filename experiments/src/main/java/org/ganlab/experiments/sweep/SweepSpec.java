package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sweep varies: the {@code sweep:} section of a sweep file, checked by {@link SweepSpecReader}.
 *
 * @param grid dotted config key (e.g. {@code loss.type}, {@code model.variant}) to the values it takes, in
 *     file order; the grid points are the cartesian product of these lists
 * @param seeds run seeds (the top-level {@code seed}) every point is trained with; empty keeps each
 *     point's own seed
 * @param include extra points, each a map of dotted keys to values merged onto the base config
 * @param exclude partial grid points: a grid point that has every key-value pair of one of them is dropped
 */
public record SweepSpec(Map<String, List<JsonNode>> grid, List<Long> seeds,
    List<Map<String, JsonNode>> include, List<Map<String, JsonNode>> exclude) {

  /** Copies every collection, keeping its order. */
  public SweepSpec {
    Map<String, List<JsonNode>> gridCopy = new LinkedHashMap<>();
    grid.forEach((key, values) -> gridCopy.put(key, List.copyOf(values)));
    grid = Collections.unmodifiableMap(gridCopy);
    seeds = List.copyOf(seeds);
    include = include.stream().map(SweepSpec::copy).toList();
    exclude = exclude.stream().map(SweepSpec::copy).toList();
  }

  private static Map<String, JsonNode> copy(Map<String, JsonNode> point) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(point));
  }
}
