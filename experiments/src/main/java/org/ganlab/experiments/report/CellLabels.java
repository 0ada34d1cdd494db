package org.ganlab.experiments.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Short names for the cells of a sweep: only what tells the cells apart, abbreviated, so that chart axes
 * and table columns stay readable however many keys the sweep's include entries set. The keys whose
 * value differs between cells are taken in {@code plan.json}'s order (grid keys first), each only when
 * it separates cells the earlier ones do not, until every cell has its own name. A text value stands
 * alone ({@code hinge}, {@code dcgan}); a number, boolean or {@code none} follows the key's last path
 * segment ({@code lr_g=1e-4}). Names longer than {@value #MAX_LENGTH} characters get their hyphenated
 * words cut to initials ({@code non-saturating} to {@code NS}) where that keeps them unique. The full
 * settings of each cell are in the report's legend ({@link CellLegend}).
 */
public final class CellLabels {
  /** Length above which a name's hyphenated words are cut to initials. */
  static final int MAX_LENGTH = 24;

  private CellLabels() {}

  /**
   * Names cells.
   *
   * @param cells each cell's value of every varying key (same keys, same order, for every cell);
   *     distinct maps
   * @return one unique name per cell, in the same order; {@value Cells#BASE_NAME} for a single cell
   *     that varies nothing
   */
  public static List<String> of(List<Map<String, String>> cells) {
    List<String> keys = distinguishing(cells);
    if (keys.isEmpty()) {
      return cells.stream().map(cell -> Cells.BASE_NAME).toList();
    }
    List<String> full = new ArrayList<>();
    List<String> brief = new ArrayList<>();
    for (Map<String, String> cell : cells) {
      full.add(label(cell, keys, false));
      brief.add(label(cell, keys, true));
    }
    boolean abbreviate = full.stream().anyMatch(name -> name.length() > MAX_LENGTH)
        && new HashSet<>(brief).size() == brief.size();
    return abbreviate ? brief : full;
  }

  /**
   * Returns the keys a cell's name shows.
   *
   * @param cells each cell's value of every varying key
   * @return keys, in the maps' order, that together tell every cell apart; each one added separates
   *     cells the earlier ones do not
   */
  static List<String> distinguishing(List<Map<String, String>> cells) {
    List<String> chosen = new ArrayList<>();
    if (cells.size() < 2) {
      return chosen;
    }
    int groups = 1;
    for (String key : cells.get(0).keySet()) {
      List<String> candidate = new ArrayList<>(chosen);
      candidate.add(key);
      int split = distinct(cells, candidate);
      if (split > groups) {
        chosen = candidate;
        groups = split;
      }
      if (groups == cells.size()) {
        break;
      }
    }
    return chosen;
  }

  private static int distinct(List<Map<String, String>> cells, List<String> keys) {
    Set<List<String>> seen = new LinkedHashSet<>();
    cells.forEach(cell -> seen.add(keys.stream().map(cell::get).toList()));
    return seen.size();
  }

  private static String label(Map<String, String> cell, List<String> keys, boolean abbreviate) {
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      String value = String.valueOf(cell.get(key));
      String number = compactNumber(value);
      if (number != null || value.equals("true") || value.equals("false") || value.equals("none")
          || value.isEmpty()) {
        parts.add(lastSegment(key) + "=" + (number != null ? number : value));
      } else {
        parts.add(abbreviate ? initials(value) : value);
      }
    }
    return String.join(" ", parts);
  }

  private static String lastSegment(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  /**
   * Writes a number briefly.
   *
   * @param value a value as text
   * @return e.g. {@code 1e-4} for {@code 1.0E-4}, {@code 0.5} for {@code 0.50}, {@code 1500} for
   *     {@code 1500}; null when the text is not a number
   */
  static String compactNumber(String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    String plain = stripped.toPlainString();
    if (plain.length() <= 5) {
      return plain;
    }
    int exponent = stripped.precision() - stripped.scale() - 1;
    BigDecimal mantissa = stripped.movePointLeft(exponent).stripTrailingZeros();
    return mantissa.toPlainString() + "e" + exponent;
  }

  /**
   * Cuts a hyphenated value to its words' initials, upper case; words of up to two letters stay
   * whole.
   *
   * @param value e.g. {@code non-saturating}, {@code wasserstein-gp}
   * @return e.g. {@code NS}, {@code WGP}; a value without a hyphen unchanged
   */
  static String initials(String value) {
    if (!value.contains("-")) {
      return value;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : value.split("-")) {
      if (!word.isEmpty()) {
        initials.append(word.length() <= 2 ? word : word.substring(0, 1));
      }
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }
}
