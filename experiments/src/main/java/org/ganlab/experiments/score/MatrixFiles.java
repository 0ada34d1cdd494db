package org.ganlab.experiments.score;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a numeric matrix {@code [N][d]}, one sample per row, from a CSV file without header or a 2-D
 * float {@code .npy} file. A file is read as {@code .npy} when its name ends in {@code .npy} or it
 * starts with the {@code .npy} magic string, as CSV otherwise.
 */
final class MatrixFiles {
  /** What these files may be, for messages. */
  static final String EXPECTED = "a CSV file (no header, one sample per row) or a 2-D float .npy file";

  private MatrixFiles() {}

  /**
   * Reads a matrix file.
   *
   * @param path the file
   * @param option the option that named it, e.g. {@code --real}, for messages
   * @return the rows {@code [N][d]} in float64 with the input's record (format {@code csv} or
   *     {@code npy})
   * @throws IllegalArgumentException for a missing file, a folder, or content either reader refuses
   */
  static Loaded<double[][]> read(Path path, String option) {
    InputFiles.regularFile(path, option, EXPECTED);
    boolean npy = isNpy(path, option);
    double[][] rows = npy ? NpyFile.read(path, option) : NumericCsv.read(path, option);
    return new Loaded<>(rows, new InputRecord(path.toString(), npy ? "npy" : "csv",
        List.of(rows.length, rows[0].length), InputFiles.sha256(path)));
  }

  /**
   * Tells a {@code .npy} file from a CSV file.
   *
   * @param file a regular file
   * @param option the option that named it, for messages
   * @return true when the name ends in {@code .npy} or the file starts with the {@code .npy} magic
   */
  static boolean isNpy(Path file, String option) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".npy")
        || NpyFile.hasMagic(InputFiles.head(file, option));
  }
}
