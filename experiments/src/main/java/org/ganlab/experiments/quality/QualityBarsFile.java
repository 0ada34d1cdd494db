package org.ganlab.experiments.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads the quality tier's bars from its tab-separated file ({@code examples/quality-bars.tsv}): lines
 * starting with {@code #} are comments, the first other line is the header
 * {@code row example overrides figure column stated stated_in bar}, then one row per figure.
 */
public final class QualityBarsFile {
  /** The header, column by column. */
  public static final List<String> HEADER =
      List.of("row", "example", "overrides", "figure", "column", "stated", "stated_in", "bar");

  private QualityBarsFile() {}

  /**
   * Reads every row.
   *
   * @param file the bars file
   * @return the rows, in file order
   * @throws IllegalArgumentException when the file cannot be read, or naming the file and line of a
   *     malformed row
   */
  public static List<QualityBar> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the quality bars file " + file + ": " + e);
    }
    List<QualityBar> bars = new ArrayList<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = List.of(line.split("\t", -1));
      if (cells.size() != HEADER.size()) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + " has " + cells.size()
            + " tab-separated cells, expected " + HEADER.size() + ": " + HEADER);
      }
      if (header) {
        if (!cells.equals(HEADER)) {
          throw new IllegalArgumentException(file + " line " + (i + 1) + " must be the header "
              + String.join("\\t", HEADER));
        }
        header = false;
      } else {
        bars.add(row(cells, file, i + 1));
      }
    }
    return bars;
  }

  /**
   * Keeps the rows of a selection.
   *
   * @param bars all rows
   * @param selection a row's or an example's name; null keeps every row
   * @return the selected rows
   * @throws IllegalArgumentException when nothing matches, listing the names that would
   */
  public static List<QualityBar> select(List<QualityBar> bars, String selection) {
    if (selection == null) {
      return bars;
    }
    List<QualityBar> selected = bars.stream().filter(bar -> bar.matches(selection)).toList();
    if (selected.isEmpty()) {
      LinkedHashSet<String> names = new LinkedHashSet<>();
      bars.forEach(bar -> {
        names.add(bar.training().example());
        names.add(bar.name());
      });
      throw new IllegalArgumentException("no quality row or example named " + selection
          + "; known: " + String.join(", ", names));
    }
    return selected;
  }

  /**
   * Lists the distinct trainings of some rows.
   *
   * @param bars the rows
   * @return each training once, in order of first appearance
   */
  public static List<Training> trainings(List<QualityBar> bars) {
    return List.copyOf(new LinkedHashSet<>(bars.stream().map(QualityBar::training).toList()));
  }

  private static QualityBar row(List<String> cells, Path file, int line) {
    String stated = cells.get(5);
    try {
      if (!stated.equals(QualityBar.NONE) && !stated.matches("-?[0-9]+(\\.[0-9]+)?")) {
        throw new IllegalArgumentException("stated must be a number or -, found " + stated);
      }
      List<String> overrides = cells.get(2).equals(QualityBar.NONE) ? List.of()
          : Arrays.asList(cells.get(2).trim().split("\\s+"));
      return new QualityBar(cells.get(0), new Training(cells.get(1), overrides), cells.get(3),
          cells.get(4), stated, cells.get(6), BarRule.parse(cells.get(7)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
    }
  }
}
