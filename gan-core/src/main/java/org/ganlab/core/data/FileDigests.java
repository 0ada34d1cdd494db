package org.ganlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 digests of the data files a run reads, for its provenance. A file's digest is kept per
 * process, keyed by its real path, size and modification time, so a file is hashed once however often
 * it is opened (a sweep worker, a reproduction, tests).
 */
final class FileDigests {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private FileDigests() {}

  /**
   * Returns the SHA-256 of a file's bytes as they are on disk (a {@code .gz} file is hashed
   * compressed).
   *
   * @param file the file
   * @return 64 lower-case hex digits
   * @throws DataException when the file cannot be read
   */
  static String sha256(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      String key = file.toRealPath() + "|" + attributes.size() + "|" + attributes.lastModifiedTime();
      return CACHE.computeIfAbsent(key, unused -> hash(file));
    } catch (IOException e) {
      throw new DataException(file + ": cannot read for its digest (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Returns one SHA-256 over a set of files: over the lines {@code <relative path> <file's SHA-256>},
   * one per file in the given order, so renaming, adding, removing or changing any file changes it.
   *
   * @param root the folder the paths are relative to (written with '/')
   * @param files the files, in the order the source reads them
   * @return 64 lower-case hex digits
   */
  static String sha256(Path root, List<Path> files) {
    MessageDigest digest = sha256();
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      digest.update((relative + " " + sha256(file) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String hash(Path file) {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new DataException(file + ": cannot read for its digest (" + e.getMessage() + ")", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
