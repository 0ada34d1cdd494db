package org.ganlab.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.experiments.text.AlignedColumns;

/**
 * Renders a plan as a text table for {@code --dry-run}: run id, the resolved value of each varying key,
 * seed and status (new, partial, done, diverged or failed), one row per run.
 */
public final class PlanTable {

  private PlanTable() {}

  /**
   * Renders the table.
   *
   * @param plan the plan
   * @param records each run's state
   * @return the lines of the table, header first, columns padded to line up
   */
  public static List<String> render(SweepPlan plan, Map<PlannedRun, RunRecord> records) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("run id"));
    header.addAll(plan.varyingKeys());
    header.addAll(List.of("seed", "status"));
    rows.add(header);
    for (PlannedRun run : plan.runs()) {
      List<String> row = new ArrayList<>(List.of(run.id()));
      ResolvedValues.of(run.config(), plan.varyingKeys()).values()
          .forEach(value -> row.add(value.isNull() ? "-" : ConfigValues.text(value)));
      row.add(Long.toString(run.config().seed()));
      row.add(records.get(run).state().label());
      rows.add(row);
    }
    return AlignedColumns.lines(rows);
  }
}
