package org.ganlab.experiments.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the inputs of class coverage: predicted labels and a reference class distribution. */
final class ClassFiles {

  private ClassFiles() {}

  /**
   * Reads labels, one integer per line (blank lines skipped).
   *
   * @param path the file
   * @param option the option that named it, for messages
   * @return the labels {@code [N]}, {@code N ≥ 1}, with the input's record (format {@code labels})
   * @throws IllegalArgumentException for a missing or empty file or a line that is not one integer
   */
  static Loaded<int[]> labels(Path path, String option) {
    InputFiles.regularFile(path, option, "one integer label per line");
    int[] labels = new int[1024];
    int count = 0;
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        if (count == labels.length) {
          labels = Arrays.copyOf(labels, 2 * count);
        }
        labels[count++] = parse(line.trim(), option, path, lineNumber);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + path + ": cannot read (" + e.getMessage()
          + ")", e);
    }
    if (count == 0) {
      throw new IllegalArgumentException(option + " " + path + ": holds no labels");
    }
    return new Loaded<>(Arrays.copyOf(labels, count),
        new InputRecord(path.toString(), "labels", List.of(count), InputFiles.sha256(path)));
  }

  /**
   * Reads a reference class distribution: C numbers, one per line or comma separated
   * (CSV), or a {@code .npy} array of them.
   *
   * @param path the file
   * @param option the option that named it, for messages
   * @return the probabilities {@code [C]} in file order, with the input's record
   * @throws IllegalArgumentException for a missing file or cells {@link NumericCsv} refuses
   */
  static Loaded<double[]> reference(Path path, String option) {
    Loaded<double[][]> rows = MatrixFiles.read(path, option);
    double[] values = Arrays.stream(rows.value()).flatMapToDouble(Arrays::stream).toArray();
    return new Loaded<>(values, new InputRecord(path.toString(), rows.input().format(),
        List.of(values.length), rows.input().sha256()));
  }

  private static int parse(String text, String option, Path path, int line) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " " + path + ": line " + line + " is '" + text
          + "', not an integer label (one label per line)", e);
    }
  }
}
