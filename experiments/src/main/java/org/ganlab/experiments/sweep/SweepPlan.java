package org.ganlab.experiments.sweep;

import java.util.List;

/**
 * A sweep whose every point resolved to a valid config: what will be trained and where.
 *
 * @param name the sweep's name (the base config's {@code name})
 * @param layout where its files go
 * @param file the sweep file
 * @param varyingKeys the dotted keys the points set besides {@code seed}: grid keys, then keys that only
 *     {@code include} entries set
 * @param runs the distinct runs, in point order
 */
public record SweepPlan(
    String name, SweepLayout layout, SweepFile file, List<String> varyingKeys, List<PlannedRun> runs) {

  /** Copies the lists. */
  public SweepPlan {
    varyingKeys = List.copyOf(varyingKeys);
    runs = List.copyOf(runs);
  }
}
