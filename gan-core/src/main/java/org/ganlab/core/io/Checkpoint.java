package org.ganlab.core.io;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to continue a run exactly: named arrays (weights, running statistics, optimizer
 * moments, moving averages), named counters (optimizer update counts) and the step. Written atomically
 * in one file that ends with the SHA-256 of everything before it, checked on load: a process killed at
 * any moment leaves either the previous checkpoint or the new one, never a torn pair.
 *
 * @param step steps completed
 * @param configSha256 hash of the resolved config the run was started with
 * @param arrays named arrays
 * @param counters named counters
 */
public record Checkpoint(
    long step, String configSha256, Map<String, NDArray> arrays, Map<String, Long> counters) {
  private static final String MAGIC = "ganlab-checkpoint";
  private static final int SCHEMA_VERSION = 2;
  private static final int DIGEST_BYTES = 32;

  /**
   * Writes the checkpoint with its checksum, atomically.
   *
   * @param file the checkpoint file
   */
  public void write(Path file) {
    byte[] payload = encode();
    byte[] digest = HexFormat.of().parseHex(AtomicFiles.sha256(payload));
    byte[] bytes = Arrays.copyOf(payload, payload.length + DIGEST_BYTES);
    System.arraycopy(digest, 0, bytes, payload.length, DIGEST_BYTES);
    AtomicFiles.write(file, bytes);
  }

  /**
   * Tells whether a file is a whole checkpoint: long enough, and its content matches its checksum.
   *
   * @param file a checkpoint file
   * @return true when {@link #read} will not refuse it as damaged
   */
  public static boolean isIntact(Path file) {
    try {
      return Files.isRegularFile(file) && payload(Files.readAllBytes(file)) != null;
    } catch (IOException e) {
      return false;
    }
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
      byte[] payload = payload(Files.readAllBytes(file));
      if (payload == null) {
        throw new IllegalStateException(file + " does not match its SHA-256; it is damaged");
      }
      return decode(new DataInputStream(new ByteArrayInputStream(payload)), manager);
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

  /** Returns the content before the trailing digest, or null when it does not match the digest. */
  private static byte[] payload(byte[] bytes) {
    if (bytes.length < DIGEST_BYTES) {
      return null;
    }
    byte[] payload = Arrays.copyOf(bytes, bytes.length - DIGEST_BYTES);
    byte[] digest = Arrays.copyOfRange(bytes, payload.length, bytes.length);
    return AtomicFiles.sha256(payload).equals(HexFormat.of().formatHex(digest)) ? payload : null;
  }
}
