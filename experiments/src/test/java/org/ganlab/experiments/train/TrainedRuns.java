package org.ganlab.experiments.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.io.RunDirectory;

/** Reads what a finished run wrote, for assertions. */
final class TrainedRuns {

  private TrainedRuns() {}

  /**
   * Returns every non-empty cell of the loss columns of metrics.csv: {@code d_*}, {@code g_*}, and the
   * terms of a variant's further discriminator phases such as CycleGAN's {@code da_*} and {@code db_*}.
   */
  static List<Double> lossCells(RunDirectory run) {
    try {
      List<String> lines = Files.readAllLines(run.metrics());
      String[] header = lines.get(0).split(",", -1);
      List<Double> cells = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] row = line.split(",", -1);
        for (int i = 0; i < header.length; i++) {
          if (header[i].matches("[dg][a-z]?_.*") && !row[i].isEmpty()) {
            cells.add(Double.parseDouble(row[i]));
          }
        }
      }
      return cells;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
