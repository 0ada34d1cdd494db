package org.ganlab.experiments.score;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0) holding a 2-D float32 or float64
 * array, little-endian, in C order: {@code descr} {@code '<f4'} or {@code '<f8'},
 * {@code fortran_order: False}, {@code shape: (N, d)}. Everything else (other dtypes, big-endian,
 * Fortran order, other ranks, object arrays) is refused with a message saying what was found and how to
 * save a readable file.
 */
final class NpyFile {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  private static final String HOW = "save with np.save(f, np.ascontiguousarray(x, dtype='<f8'))"
      + " on a 2-D array";

  private NpyFile() {}

  /**
   * Reads a 2-D float array.
   *
   * @param file the {@code .npy} file
   * @param option the command-line option that named the file, for messages
   * @return the rows {@code [N][d]} in float64 (float32 values widened exactly)
   * @throws IllegalArgumentException for an unreadable file, a header this reader does not accept, a
   *     truncated payload, no rows, or a non-finite value
   */
  static double[][] read(Path file, String option) {
    ByteBuffer buffer;
    try {
      buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + file + ": cannot read (" + e.getMessage()
          + ")", e);
    }
    String where = option + " " + file;
    String header = header(buffer, where);
    int itemSize = itemSize(header, where);
    int[] shape = shape(header, where);
    long needed = (long) shape[0] * shape[1] * itemSize;
    if (buffer.remaining() != needed) {
      throw new IllegalArgumentException(where + ": shape (" + shape[0] + ", " + shape[1]
          + ") needs " + needed + " data bytes, found " + buffer.remaining() + " (truncated file?)");
    }
    double[][] rows = new double[shape[0]][shape[1]];
    for (int i = 0; i < shape[0]; i++) {
      for (int j = 0; j < shape[1]; j++) {
        double value = itemSize == 4 ? buffer.getFloat() : buffer.getDouble();
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException(where + ": row " + (i + 1) + ", column " + (j + 1)
              + " is " + value + "; values must be finite");
        }
        rows[i][j] = value;
      }
    }
    return rows;
  }

  /**
   * Checks whether a file starts with the {@code .npy} magic string.
   *
   * @param head the first bytes of the file (at least 6 to say yes)
   * @return true for a {@code .npy} file
   */
  static boolean hasMagic(byte[] head) {
    if (head.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (head[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static String header(ByteBuffer buffer, String where) {
    byte[] head = new byte[Math.min(MAGIC.length, buffer.remaining())];
    buffer.get(head);
    if (!hasMagic(head) || buffer.remaining() < 2) {
      throw new IllegalArgumentException(where + ": not a .npy file (no \\x93NUMPY magic)");
    }
    int major = buffer.get() & 0xFF;
    buffer.get();
    long length;
    if (major == 1) {
      length = buffer.remaining() < 2 ? -1 : buffer.getShort() & 0xFFFF;
    } else if (major == 2 || major == 3) {
      length = buffer.remaining() < 4 ? -1 : buffer.getInt() & 0xFFFFFFFFL;
    } else {
      throw new IllegalArgumentException(where + ": .npy format version " + major
          + " is not supported (1, 2 or 3)");
    }
    if (length < 0 || length > buffer.remaining()) {
      throw new IllegalArgumentException(where + ": truncated .npy header");
    }
    byte[] text = new byte[(int) length];
    buffer.get(text);
    return new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  private static int itemSize(String header, String where) {
    String descr = find(DESCR, header, "descr", where);
    if (find(FORTRAN, header, "fortran_order", where).equals("True")) {
      throw new IllegalArgumentException(where + ": Fortran-order arrays are not supported; " + HOW);
    }
    return switch (descr) {
      case "<f4" -> 4;
      case "<f8" -> 8;
      default -> throw new IllegalArgumentException(where + ": dtype '" + descr
          + "' is not supported, only little-endian float32 '<f4' or float64 '<f8'; " + HOW);
    };
  }

  private static int[] shape(String header, String where) {
    String[] parts = find(SHAPE, header, "shape", where).split(",");
    int[] dims = new int[parts.length];
    int rank = 0;
    for (String part : parts) {
      if (!part.isBlank()) {
        dims[rank++] = dimension(part.trim(), where);
      }
    }
    if (rank != 2) {
      throw new IllegalArgumentException(where + ": array has " + rank
          + " dimensions, expected 2 ([samples, features]); " + HOW);
    }
    if (dims[0] == 0 || dims[1] == 0) {
      throw new IllegalArgumentException(where + ": array of shape (" + dims[0] + ", " + dims[1]
          + ") holds no values");
    }
    return new int[] {dims[0], dims[1]};
  }

  private static int dimension(String text, String where) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": .npy shape entry '" + text
          + "' is not a dimension this reader accepts", e);
    }
  }

  private static String find(Pattern pattern, String header, String key, String where) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw new IllegalArgumentException(where + ": .npy header has no readable '" + key + "' ("
          + header.trim() + ")");
    }
    return m.group(1);
  }
}
