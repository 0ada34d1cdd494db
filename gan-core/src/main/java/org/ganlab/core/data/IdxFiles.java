package org.ganlab.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and loads the four files of an MNIST-layout directory: {@code train-images-idx3-ubyte},
 * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte},
 * each gzipped ({@code .gz}, preferred) or raw. Debian's {@code dataset-fashion-mnist} package installs
 * exactly these four names, gzipped, in {@link #FASHION_MNIST_DIR}.
 */
final class IdxFiles {
  /** Where Debian's {@code dataset-fashion-mnist} package installs Fashion-MNIST. */
  static final Path FASHION_MNIST_DIR = Path.of("/usr/share/datasets/fashion-mnist");

  private static final String HINT = "install Debian's dataset-fashion-mnist package (apt-get install"
      + " dataset-fashion-mnist) or set data.path to a directory with train-images-idx3-ubyte.gz,"
      + " train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz"
      + " (gzipped or raw)";

  private static final List<String> STEMS = List.of("train-images-idx3-ubyte",
      "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

  private IdxFiles() {}

  /**
   * Loads the training split and the t10k split.
   *
   * @param dir the directory holding the four files
   * @return train and held-out images, grey {@code [N, 1, H, W]}, with labels, and the SHA-256 of each
   *     file read
   */
  static SplitImages load(Path dir) {
    List<Path> files = STEMS.stream().map(stem -> find(dir, stem)).toList();
    ByteImages train = IdxReader.read(files.get(0), files.get(1));
    ByteImages test = IdxReader.read(files.get(2), files.get(3));
    if (train.count() == 0) {
      throw new DataException(dir + ": train-images-idx3-ubyte holds no images");
    }
    if (!train.shape().equals(test.shape())) {
      throw new DataException(dir + ": train images are " + train.shape() + " but t10k images are "
          + test.shape());
    }
    Map<String, String> origin = new LinkedHashMap<>();
    origin.put("path", dir.toString());
    files.forEach(file -> origin.put("sha256 " + file.getFileName(), FileDigests.sha256(file)));
    return new SplitImages(train, test, Math.max(train.numClasses(), test.numClasses()), origin);
  }

  private static Path find(Path dir, String stem) {
    Path gzipped = dir.resolve(stem + ".gz");
    if (Files.isRegularFile(gzipped)) {
      return gzipped;
    }
    Path raw = dir.resolve(stem);
    if (Files.isRegularFile(raw)) {
      return raw;
    }
    throw new DataException("IDX data not found: missing " + gzipped + " (or " + raw + "); " + HINT);
  }
}
