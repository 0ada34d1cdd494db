package org.ganlab.experiments.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.data.SampleShape;

/**
 * Reads images from any of the accepted inputs: a folder of PNG/JPEG files
 * ({@link ImageFolderReader}), an IDX image file, gzipped or raw ({@link IdxImages}), or a matrix of
 * pixel rows (CSV or {@code .npy}, one image per row, {@code C·H·W} values in {@code [C, H, W]} order)
 * whose shape is given with {@code --shape} and whose values are divided by {@code --scale} to lie in
 * [0, 1].
 */
final class ImageFiles {
  /** What image inputs may be, for messages. */
  static final String EXPECTED = "a folder of PNG/JPEG files, an IDX image file, or pixel rows"
      + " (CSV or .npy) with --shape";

  private ImageFiles() {}

  /**
   * Reads images.
   *
   * @param path a folder, an IDX file or a pixel-row file
   * @param option the option that named it, for messages
   * @param shape {@code [C, H, W]} of one image; required for pixel rows, null otherwise allowed
   * @param scale the pixel value that maps to 1 (e.g. 255), for pixel rows
   * @return the images in [0, 1] with the input's record
   * @throws IllegalArgumentException for a missing input, pixel rows without a shape, or content the
   *     readers refuse
   */
  static Loaded<ImageSet> read(Path path, String option, SampleShape shape, double scale) {
    InputFiles.existing(path, option);
    if (Files.isDirectory(path)) {
      return ImageFolderReader.read(path, option);
    }
    InputFiles.regularFile(path, option, EXPECTED);
    if (!MatrixFiles.isNpy(path, option) && IdxImages.looksLikeIdx(InputFiles.head(path, option))) {
      return IdxImages.read(path, option);
    }
    if (shape == null) {
      throw new IllegalArgumentException(option + " " + path
          + ": pixel rows need --shape C,H,W (and --scale) to be read as images");
    }
    Loaded<double[][]> rows = MatrixFiles.read(path, option);
    ImageSet images = pixelRows(rows.value(), shape, scale, option + " " + path);
    int[] d = shape.dims();
    return new Loaded<>(images, new InputRecord(path.toString(), "pixel-" + rows.input().format(),
        List.of(images.count(), d[0], d[1], d[2]), rows.input().sha256()));
  }

  /**
   * Turns pixel rows into images.
   *
   * @param rows one image per row, {@code C·H·W} values each in {@code [C, H, W]} order
   * @param shape {@code [C, H, W]}
   * @param scale the pixel value that maps to 1, {@code > 0}
   * @param where the option and file, for messages
   * @return the images, values {@code v / scale}
   * @throws IllegalArgumentException when a row has the wrong length or a value falls outside
   *     {@code [0, scale]}
   */
  static ImageSet pixelRows(double[][] rows, SampleShape shape, double scale, String where) {
    int size = shape.size();
    if (rows[0].length != size) {
      throw new IllegalArgumentException(where + ": rows have " + rows[0].length
          + " values but --shape " + shape + " needs " + size);
    }
    double[] values = new double[rows.length * size];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < size; j++) {
        double v = rows[i][j];
        if (v < 0 || v > scale) {
          throw new IllegalArgumentException(where + ": row " + (i + 1) + ", column " + (j + 1)
              + " is " + v + ", outside [0, --scale " + scale + "]");
        }
        values[i * size + j] = v / scale;
      }
    }
    return new ImageSet(values, rows.length, shape);
  }
}
