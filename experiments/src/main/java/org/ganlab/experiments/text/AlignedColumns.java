package org.ganlab.experiments.text;

import java.util.ArrayList;
import java.util.List;

/** Lays rows of cells out as plain-text lines whose columns line up (two spaces between columns). */
public final class AlignedColumns {

  private AlignedColumns() {}

  /**
   * Pads every cell to its column's widest cell.
   *
   * @param rows the rows, header first; every row has the same number of cells
   * @return one line per row, without trailing spaces
   */
  public static List<String> lines(List<List<String>> rows) {
    int columns = rows.isEmpty() ? 0 : rows.get(0).size();
    int[] widths = new int[columns];
    rows.forEach(row -> {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    });
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", row.get(i)));
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
