package org.ganlab.experiments.report;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The table of runs ({@code runs.csv}), one row per planned run: {@code run_id}, {@code cell} (the
 * cell's short name), one column per varying key, {@code seed}, {@code status}, {@code reason}, {@code completed_steps}, every final metric column
 * (bootstrap interval columns included; empty where a run has no value) and {@code wall_time_s}
 * (seconds from {@code started_at} to {@code ended_at} of the run's last session).
 */
public final class RunsTable {

  private RunsTable() {}

  /**
   * Builds the table.
   *
   * @param analysis the analysed sweep
   * @return a Tablesaw table named after the sweep
   */
  public static Table build(SweepAnalysis analysis) {
    SweepResults results = analysis.results();
    Table table = Table.create(results.name());
    StringColumn ids = StringColumn.create("run_id");
    StringColumn cells = StringColumn.create("cell");
    table.addColumns(ids, cells);
    results.varyingKeys().forEach(key -> table.addColumns(StringColumn.create(key)));
    LongColumn seeds = LongColumn.create("seed");
    StringColumn status = StringColumn.create("status");
    StringColumn reasons = StringColumn.create("reason");
    LongColumn steps = LongColumn.create("completed_steps");
    table.addColumns(seeds, status, reasons, steps);
    analysis.allMetricColumns().forEach(column -> table.addColumns(DoubleColumn.create(column)));
    DoubleColumn wall = DoubleColumn.create("wall_time_s");
    table.addColumns(wall);
    Map<Map<String, String>, String> names = new HashMap<>();
    analysis.cells().forEach(cell -> names.put(cell.values(), cell.name()));
    for (RunResult run : results.runs()) {
      ids.append(run.id());
      cells.append(names.get(run.values()));
      run.values().forEach((key, value) -> table.stringColumn(key).append(value));
      seeds.append(run.seed());
      status.append(run.state().label());
      reasons.append(run.reason());
      steps.append(run.completedSteps());
      analysis.allMetricColumns().forEach(column -> table.doubleColumn(column)
          .append(run.metrics().getOrDefault(column, Double.NaN)));
      wall.append(run.wallSeconds());
    }
    return table;
  }

  /**
   * Returns the table of runs as the HTML report shows it: without the varying keys' columns, which
   * the cells' legend gives once per cell.
   *
   * @param runs a table made by {@link #build}
   * @param analysis the analysed sweep it was made from
   * @return a copy without the varying keys' columns
   */
  public static Table brief(Table runs, SweepAnalysis analysis) {
    Table brief = runs.copy();
    analysis.results().varyingKeys().forEach(brief::removeColumns);
    return brief;
  }

  /**
   * Renders a Tablesaw table as CSV.
   *
   * @param table any table
   * @return header and rows, comma-separated, quoted where needed; missing values empty
   */
  public static String csv(Table table) {
    StringWriter writer = new StringWriter();
    table.write().csv(writer);
    return writer.toString();
  }
}
