package org.ganlab.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes files so that a reader (or a run killed mid-write) sees the old content or the new, never half
 * of it: write to a temporary file in the same directory, then rename over the target.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes bytes atomically, creating parent directories. The temporary file is named after the
   * target, this process and thread (not created by {@code createTempFile}, whose owner-only
   * permissions the result would keep), so the result gets the usual permissions of new files.
   *
   * @param target the file
   * @param bytes its new content
   */
  public static void write(Path target, byte[] bytes) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temp = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
          + "-" + Thread.currentThread().getId() + ".tmp");
      try {
        Files.write(temp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /**
   * Writes UTF-8 text atomically.
   *
   * @param target the file
   * @param text its new content
   */
  public static void writeString(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the SHA-256 of some bytes as lower-case hex.
   *
   * @param bytes the content
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
