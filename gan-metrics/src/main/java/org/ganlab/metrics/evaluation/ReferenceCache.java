package org.ganlab.metrics.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.ganlab.core.data.Batch;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.metrics.extract.ExtractorIdentity;
import org.ganlab.metrics.feature.FeatureStatistics;

/**
 * The disk cache of real references: features, probabilities and statistics of a held-out set as one
 * extractor sees them, computed once and reused by every run and evaluation. The key is the SHA-256 of
 * the held-out images and labels themselves together with the extractor's name, weights hash and
 * settings, so a changed dataset file or extractor can never be served stale results. The folder is
 * the system property {@code ganlab.cache}, else the environment variable {@code GANLAB_CACHE}, else
 * {@code ~/.cache/ganlab}; entries are written atomically, so concurrent runs may share it.
 */
final class ReferenceCache {
  private static final int SCHEMA_VERSION = 1;
  private static final int MAGIC = 0x474c5246;

  private ReferenceCache() {}

  /**
   * Returns the cached reference of these images for this extractor, computing and storing it first
   * if it is not cached.
   *
   * @param images the held-out images (with their labels, if any)
   * @param extractor the extractor's identity
   * @param settings the extractor settings that change its output (resize, normalisation, batch size)
   * @param compute computes the reference on a cache miss
   * @return the reference
   */
  static RealReference load(Batch images, ExtractorIdentity extractor, String settings,
      Supplier<RealReference> compute) {
    String imagesSha256 = sha256(images);
    String key = AtomicFiles.sha256(String.join("\n", "reference-v" + SCHEMA_VERSION, imagesSha256,
        extractor.name(), extractor.sha256(), settings).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path file = directory().resolve("references").resolve(key + ".bin");
    if (Files.isRegularFile(file)) {
      return read(file, images.labels(), imagesSha256);
    }
    RealReference reference = compute.get();
    AtomicFiles.write(file, encode(reference));
    return reference;
  }

  /**
   * Returns the SHA-256 of images and labels, as stored in memory (float32 big-endian, then int32).
   *
   * @param images the images
   * @return lower-case hex digest
   */
  static String sha256(Batch images) {
    int labels = images.labels() == null ? 0 : images.labels().length;
    ByteBuffer bytes = ByteBuffer.allocate(4 * (images.values().length + labels));
    bytes.asFloatBuffer().put(images.values());
    if (labels > 0) {
      bytes.position(4 * images.values().length);
      bytes.asIntBuffer().put(images.labels());
    }
    return AtomicFiles.sha256(bytes.array());
  }

  private static Path directory() {
    String property = System.getProperty("ganlab.cache");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String environment = System.getenv("GANLAB_CACHE");
    if (environment != null && !environment.isBlank()) {
      return Path.of(environment);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "ganlab");
  }

  private static byte[] encode(RealReference reference) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(MAGIC);
      out.writeInt(SCHEMA_VERSION);
      writeMatrix(out, reference.features());
      writeMatrix(out, reference.probabilities() == null ? new double[0][] : reference.probabilities());
      FeatureStatistics statistics = reference.statistics();
      out.writeLong(statistics.n());
      for (double value : statistics.mean()) {
        out.writeDouble(value);
      }
      for (double[] row : statistics.covariance()) {
        for (double value : row) {
          out.writeDouble(value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a real reference", e);
    }
    return buffer.toByteArray();
  }

  private static RealReference read(Path file, int[] labels, String imagesSha256) {
    try (InputStream stream = new java.io.BufferedInputStream(Files.newInputStream(file));
        DataInputStream in = new DataInputStream(stream)) {
      if (in.readInt() != MAGIC || in.readInt() != SCHEMA_VERSION) {
        throw new IllegalStateException(file + " is not a ganlab reference cache entry of schema "
            + SCHEMA_VERSION + "; delete it");
      }
      double[][] features = readMatrix(in);
      double[][] probabilities = readMatrix(in);
      long n = in.readLong();
      int d = features[0].length;
      double[] mean = new double[d];
      for (int j = 0; j < d; j++) {
        mean[j] = in.readDouble();
      }
      double[][] covariance = new double[d][d];
      for (double[] row : covariance) {
        for (int j = 0; j < d; j++) {
          row[j] = in.readDouble();
        }
      }
      return new RealReference(features, probabilities.length == 0 ? null : probabilities, labels,
          new FeatureStatistics(mean, covariance, n), imagesSha256);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reference cache entry " + file, e);
    }
  }

  private static void writeMatrix(DataOutputStream out, double[][] matrix) throws IOException {
    out.writeInt(matrix.length);
    out.writeInt(matrix.length == 0 ? 0 : matrix[0].length);
    for (double[] row : matrix) {
      for (double value : row) {
        out.writeDouble(value);
      }
    }
  }

  private static double[][] readMatrix(DataInputStream in) throws IOException {
    int rows = in.readInt();
    int columns = in.readInt();
    double[][] matrix = new double[rows][columns];
    for (double[] row : matrix) {
      for (int j = 0; j < columns; j++) {
        row[j] = in.readDouble();
      }
    }
    return matrix;
  }
}
