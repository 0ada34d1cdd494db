package org.ganlab.core.io;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to continue a run exactly: named arrays (weights, running statistics, optimizer
 * moments, moving averages), named counters (optimizer update counts) and the step. Written atomically
 * with a SHA-256 sidecar ({@code .sha256}) that is checked on load.
 *
 * @param step steps completed
 * @param configSha256 hash of the resolved config the run was started with
 * @param arrays named arrays
 * @param counters named counters
 */
public record Checkpoint(
    long step, String configSha256, Map<String, NDArray> arrays, Map<String, Long> counters) {
  private static final String MAGIC = "ganlab-checkpoint";
  private static final int SCHEMA_VERSION = 1;

  /**
   * Writes the checkpoint and its checksum.
   *
   * @param file the checkpoint file
   */
  public void write(Path file) {
    byte[] bytes = encode();
    AtomicFiles.write(file, bytes);
    AtomicFiles.writeString(checksumFile(file), AtomicFiles.sha256(bytes) + "\n");
  }

  /**
   * Reads a checkpoint after checking its checksum.
   *
   * @param file the checkpoint file
   * @param manager owner of the decoded arrays
   * @return the checkpoint
   * @throws IllegalStateException when the file does not match its checksum or is not a checkpoint
   */
  public static Checkpoint read(Path file, NDManager manager) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String expected = Files.readString(checksumFile(file), StandardCharsets.UTF_8).trim();
      if (!AtomicFiles.sha256(bytes).equals(expected)) {
        throw new IllegalStateException(file + " does not match its SHA-256; it is damaged");
      }
      return decode(new DataInputStream(new ByteArrayInputStream(bytes)), manager);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint " + file, e);
    }
  }

  private byte[] encode() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeUTF(MAGIC);
      out.writeInt(SCHEMA_VERSION);
      out.writeLong(step);
      out.writeUTF(configSha256);
      out.writeInt(counters.size());
      for (Map.Entry<String, Long> counter : counters.entrySet()) {
        out.writeUTF(counter.getKey());
        out.writeLong(counter.getValue());
      }
      out.writeInt(arrays.size());
      for (Map.Entry<String, NDArray> array : arrays.entrySet()) {
        byte[] encoded = array.getValue().encode();
        out.writeUTF(array.getKey());
        out.writeInt(encoded.length);
        out.write(encoded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static Checkpoint decode(DataInputStream in, NDManager manager) throws IOException {
    if (!MAGIC.equals(in.readUTF()) || in.readInt() != SCHEMA_VERSION) {
      throw new IllegalStateException("not a ganlab checkpoint of schema version " + SCHEMA_VERSION);
    }
    long step = in.readLong();
    String configSha256 = in.readUTF();
    Map<String, Long> counters = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      counters.put(in.readUTF(), in.readLong());
    }
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String name = in.readUTF();
      byte[] encoded = new byte[in.readInt()];
      in.readFully(encoded);
      arrays.put(name, NDArray.decode(manager, encoded));
    }
    return new Checkpoint(step, configSha256, arrays, counters);
  }

  private static Path checksumFile(Path file) {
    return file.resolveSibling(file.getFileName() + ".sha256");
  }
}
