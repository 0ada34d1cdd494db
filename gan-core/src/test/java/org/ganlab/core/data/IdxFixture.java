package org.ganlab.core.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes tiny MNIST-layout IDX fixtures. Image {@code i} has its index in pixel 0 and {@code (i + p) %
 * 256} in pixel {@code p}, so a sample's identity can be read back from its first pixel; its label is
 * {@code i % 3}.
 */
final class IdxFixture {
  static final int TRAIN = 23;
  static final int TEST = 7;
  static final int SIDE = 28;

  private IdxFixture() {}

  /** Writes the four files, gzipped ({@code .gz} names) or raw. */
  static Path write(Path dir, boolean gzip) throws IOException {
    write(dir, "train-images-idx3-ubyte", images(TRAIN), gzip);
    write(dir, "train-labels-idx1-ubyte", labels(TRAIN), gzip);
    write(dir, "t10k-images-idx3-ubyte", images(TEST), gzip);
    write(dir, "t10k-labels-idx1-ubyte", labels(TEST), gzip);
    return dir;
  }

  static byte[] images(int count) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0x00000803);
    out.writeInt(count);
    out.writeInt(SIDE);
    out.writeInt(SIDE);
    for (int i = 0; i < count; i++) {
      for (int p = 0; p < SIDE * SIDE; p++) {
        out.writeByte((i + p) % 256);
      }
    }
    return bytes.toByteArray();
  }

  static byte[] labels(int count) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0x00000801);
    out.writeInt(count);
    for (int i = 0; i < count; i++) {
      out.writeByte(i % 3);
    }
    return bytes.toByteArray();
  }

  static Path write(Path dir, String stem, byte[] content, boolean gzip) throws IOException {
    Path file = dir.resolve(gzip ? stem + ".gz" : stem);
    try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file))
        : Files.newOutputStream(file)) {
      out.write(content);
    }
    return file;
  }

  /** Reads back which fixture image a sample is from its first pixel, at {@code offset}. */
  static int identity(float[] values, int offset) {
    return Math.round((values[offset] + 1) * 127.5f);
  }
}
