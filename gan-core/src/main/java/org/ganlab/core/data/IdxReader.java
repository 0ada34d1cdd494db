package org.ganlab.core.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST-format IDX files (LeCun et al., "The MNIST database"), gzipped or raw (told apart by the
 * gzip magic bytes): images with magic {@code 0x00000803} and dimensions {@code [N, H, W]} of unsigned
 * bytes, labels with magic {@code 0x00000801} and dimension {@code [N]}. Any mismatch raises a
 * {@link DataException} that names the file and what is wrong.
 */
final class IdxReader {
  private static final int IMAGES_MAGIC = 0x00000803;
  private static final int LABELS_MAGIC = 0x00000801;

  private IdxReader() {}

  /**
   * Reads an image file and its label file.
   *
   * @param imageFile IDX3 image file
   * @param labelFile IDX1 label file
   * @return grey images {@code [N, 1, H, W]} with labels
   */
  static ByteImages read(Path imageFile, Path labelFile) {
    ByteBuffer images = ByteBuffer.wrap(readBytes(imageFile));
    int[] header = header(images, imageFile, IMAGES_MAGIC, 3);
    int[] labels = labels(labelFile);
    if (labels.length != header[0]) {
      throw new DataException(labelFile + ": holds " + labels.length + " labels but " + imageFile
          + " holds " + header[0] + " images");
    }
    byte[] pixels = new byte[header[0] * header[1] * header[2]];
    images.get(pixels);
    return new ByteImages(pixels, labels, new SampleShape(1, header[1], header[2]));
  }

  private static int[] labels(Path file) {
    ByteBuffer buffer = ByteBuffer.wrap(readBytes(file));
    int[] labels = new int[header(buffer, file, LABELS_MAGIC, 1)[0]];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = buffer.get() & 0xFF;
    }
    return labels;
  }

  /** Checks magic and payload size, leaving the buffer at the first payload byte; returns the dims. */
  private static int[] header(ByteBuffer buffer, Path file, int magic, int rank) {
    int headerBytes = 4 + 4 * rank;
    if (buffer.remaining() < headerBytes) {
      throw new DataException(file + ": truncated IDX header (" + buffer.remaining() + " bytes)");
    }
    int found = buffer.getInt();
    if (found != magic) {
      throw new DataException(String.format(
          "%s: bad IDX magic number 0x%08X, expected 0x%08X", file, found, magic));
    }
    int[] dims = new int[rank];
    long payload = 1;
    for (int d = 0; d < rank; d++) {
      dims[d] = buffer.getInt();
      if (dims[d] < 0) {
        throw new DataException(file + ": corrupt IDX header: negative dimension " + dims[d]);
      }
      payload *= dims[d];
    }
    if (payload > Integer.MAX_VALUE || buffer.remaining() < payload) {
      throw new DataException(file + ": truncated IDX file: header promises " + payload
          + " data bytes but only " + buffer.remaining() + " are present");
    }
    return dims;
  }

  private static byte[] readBytes(Path file) {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
      in.mark(2);
      boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
      in.reset();
      return gzip ? new GZIPInputStream(in, 1 << 16).readAllBytes() : in.readAllBytes();
    } catch (ZipException | EOFException e) {
      throw new DataException(file + ": corrupt or truncated gzip data (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new DataException(file + ": cannot read (" + e + ")", e);
    }
  }
}
