package org.ganlab.experiments.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ganlab.experiments.text.AlignedColumns;

/**
 * Renders checked quality rows as one text table: row, example (with its overrides), figure, stated
 * value, bar (as written and its value for this run), measured value and result.
 */
public final class QualityTable {
  private static final List<String> HEADER =
      List.of("row", "example", "figure", "stated", "bar", "measured", "result");

  private QualityTable() {}

  /**
   * Renders the table.
   *
   * @param results the checked rows
   * @return its lines, header first, columns padded to line up
   */
  public static List<String> render(List<QualityResult> results) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (QualityResult result : results) {
      QualityBar bar = result.bar();
      String example = bar.training().example()
          + (bar.training().overrides().isEmpty() ? "" : " " + String.join(" ", bar.training().overrides()));
      String barText = bar.bar().text()
          + (result.threshold().isPresent() ? " (" + number(result.threshold()) + ")" : "");
      String outcome = result.outcome().label() + (result.note().isEmpty() ? "" : ": " + result.note());
      rows.add(List.of(bar.name(), example, bar.figure(), bar.stated(), barText,
          result.measured().isPresent() ? number(result.measured()) : "-", outcome));
    }
    return AlignedColumns.lines(rows);
  }

  private static String number(OptionalDouble value) {
    double v = value.getAsDouble();
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
