package org.ganlab.experiments.reproduce;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Compares the logged values of an original run and its reproduction, cell by cell. */
final class ValueComparison {

  private ValueComparison() {}

  /**
   * Compares two {@code metrics.csv} tables over the steps the original logged: every row of the
   * original, and every row of the reproduction up to the original's last step (rows after it are
   * where the original had stopped, and are not compared). Columns are the original's, then any the
   * reproduction alone has; a cell that one side has and the other lacks (a missing row or column)
   * differs.
   *
   * @param original the original's table
   * @param reproduced the reproduction's table
   * @return the cells compared, how many differ and the first (lowest step, then column) that does
   */
  static Differences metrics(MetricsTable original, MetricsTable reproduced) {
    Set<Long> steps = new TreeSet<>(original.rows().keySet());
    steps.addAll(reproduced.rows().headMap(original.lastStep(), true).keySet());
    Set<String> columns = new LinkedHashSet<>(original.columns());
    columns.addAll(reproduced.columns());
    Differences.Counter counter = new Differences.Counter();
    for (long step : steps) {
      for (String column : columns) {
        counter.compare("step " + step, column, original.cell(step, column),
            reproduced.cell(step, column));
      }
    }
    return counter.result();
  }

  /**
   * Compares the metrics of two {@code final.json} files; a metric only one of them has differs.
   *
   * @param original the original's metrics, name to value as written
   * @param reproduced the reproduction's
   * @return the metrics compared, how many differ and the first (original's order) that does
   */
  static Differences finals(Map<String, String> original, Map<String, String> reproduced) {
    Set<String> names = new LinkedHashSet<>(original.keySet());
    names.addAll(reproduced.keySet());
    Differences.Counter counter = new Differences.Counter();
    names.forEach(name -> counter.compare("final.json", name, original.get(name), reproduced.get(name)));
    return counter.result();
  }
}
