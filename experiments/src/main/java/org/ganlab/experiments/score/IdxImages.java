package org.ganlab.experiments.score;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.ganlab.core.data.SampleShape;

/**
 * Reads an IDX image file (LeCun et al., the MNIST format), gzipped or raw: magic
 * {@code 0x00 0x00 0x08 rank} (unsigned bytes), big-endian dimensions {@code [N, H, W]} (rank 3, grey)
 * or {@code [N, C, H, W]} (rank 4), then the pixels. Values are divided by 255 to lie in [0, 1].
 */
final class IdxImages {
  private static final int UNSIGNED_BYTE = 0x08;

  private IdxImages() {}

  /**
   * Checks whether a file looks like IDX data: gzip magic or an IDX unsigned-byte magic.
   *
   * @param head the first bytes of the file
   * @return true when it should be read by {@link #read}
   */
  static boolean looksLikeIdx(byte[] head) {
    boolean gzip = head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    boolean idx = head.length >= 4 && head[0] == 0 && head[1] == 0 && head[2] == UNSIGNED_BYTE;
    return gzip || idx;
  }

  /**
   * Reads an IDX image file.
   *
   * @param file the file
   * @param option the option that named it, for messages
   * @return the images {@code [N, 1, H, W]} or {@code [N, C, H, W]} with the input's record (format
   *     {@code idx})
   * @throws IllegalArgumentException for a corrupt or truncated file or an IDX file that is not
   *     rank-3 or rank-4 unsigned bytes
   */
  static Loaded<ImageSet> read(Path file, String option) {
    String where = option + " " + file;
    ByteBuffer buffer = ByteBuffer.wrap(bytes(file, where));
    int[] dims = header(buffer, where);
    int n = dims[0];
    SampleShape shape = dims.length == 3
        ? new SampleShape(1, dims[1], dims[2]) : new SampleShape(dims[1], dims[2], dims[3]);
    double[] values = new double[n * shape.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (buffer.get() & 0xFF) / 255.0;
    }
    int[] d = shape.dims();
    return new Loaded<>(new ImageSet(values, n, shape), new InputRecord(file.toString(), "idx",
        List.of(n, d[0], d[1], d[2]), InputFiles.sha256(file)));
  }

  private static int[] header(ByteBuffer buffer, String where) {
    if (buffer.remaining() < 4) {
      throw new IllegalArgumentException(where + ": truncated IDX header");
    }
    int magic = buffer.getInt();
    int rank = magic & 0xFF;
    if ((magic >>> 8) != UNSIGNED_BYTE) {
      throw new IllegalArgumentException(String.format(
          "%s: IDX magic 0x%08X is not unsigned-byte data (0x000008..)", where, magic));
    }
    if (rank != 3 && rank != 4) {
      throw new IllegalArgumentException(where + ": IDX file of rank " + rank
          + "; images need rank 3 [N, H, W] or 4 [N, C, H, W] (is this a label file?)");
    }
    if (buffer.remaining() < 4 * rank) {
      throw new IllegalArgumentException(where + ": truncated IDX header");
    }
    int[] dims = new int[rank];
    long payload = 1;
    for (int k = 0; k < rank; k++) {
      dims[k] = buffer.getInt();
      if (dims[k] < 1) {
        throw new IllegalArgumentException(where + ": IDX dimension " + k + " is " + dims[k]
            + "; must be >= 1");
      }
      payload *= dims[k];
    }
    if (payload > Integer.MAX_VALUE || buffer.remaining() != payload) {
      throw new IllegalArgumentException(where + ": IDX header promises " + payload
          + " pixel bytes, found " + buffer.remaining());
    }
    return dims;
  }

  private static byte[] bytes(Path file, String where) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      in.mark(2);
      boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
      in.reset();
      return gzip ? new GZIPInputStream(in, 1 << 16).readAllBytes() : in.readAllBytes();
    } catch (ZipException | EOFException e) {
      throw new IllegalArgumentException(where + ": corrupt or truncated gzip data ("
          + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
