package org.ganlab.experiments.reproduce;

/** Decides whether two logged values are the same, as the package documentation describes. */
final class Cells {
  /** How an absent cell (a missing row, column or metric) is shown. */
  static final String ABSENT = "(absent)";

  private Cells() {}

  /**
   * Compares two cells.
   *
   * @param original the original's cell, or null when it has none
   * @param reproduced the reproduction's cell, or null when it has none
   * @return true when both are absent, equal as text, or numbers with the same bits
   */
  static boolean same(String original, String reproduced) {
    if (original == null || reproduced == null) {
      return original == null && reproduced == null;
    }
    if (original.equals(reproduced)) {
      return true;
    }
    Double a = parse(original);
    Double b = parse(reproduced);
    return a != null && b != null
        && Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  /**
   * Shows a cell in a message.
   *
   * @param cell the cell, or null
   * @return the cell, {@code ""} shown as {@code (empty)}, null as {@code (absent)}
   */
  static String show(String cell) {
    if (cell == null) {
      return ABSENT;
    }
    return cell.isEmpty() ? "(empty)" : cell;
  }

  private static Double parse(String cell) {
    try {
      return Double.valueOf(cell.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
