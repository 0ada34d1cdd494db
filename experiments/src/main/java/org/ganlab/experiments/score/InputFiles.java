package org.ganlab.experiments.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Existence checks, first bytes and SHA-256 digests of the files and folders given to the CLI. */
final class InputFiles {
  private static final int HEAD_BYTES = 8;

  private InputFiles() {}

  /**
   * Checks that a path exists.
   *
   * @param path the path given on the command line
   * @param option the option that gave it, for the message
   * @return the path
   * @throws IllegalArgumentException when nothing is there
   */
  static Path existing(Path path, String option) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(option + " " + path + ": file not found");
    }
    return path;
  }

  /**
   * Checks that a path is a readable regular file.
   *
   * @param path the path given on the command line
   * @param option the option that gave it, for the message
   * @param expected what the file should hold, for the message ("a CSV or .npy feature file")
   * @return the path
   * @throws IllegalArgumentException when it is missing or not a regular file
   */
  static Path regularFile(Path path, String option, String expected) {
    existing(path, option);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(option + " " + path + ": is not a regular file; expected "
          + expected);
    }
    return path;
  }

  /**
   * Returns the first bytes of a file, fewer when the file is shorter.
   *
   * @param file a regular file
   * @param option the option that gave it, for the message
   * @return up to 8 bytes
   * @throws IllegalArgumentException when the file cannot be read
   */
  static byte[] head(Path file, String option) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + file + ": cannot read (" + e.getMessage()
          + ")", e);
    }
  }

  /**
   * SHA-256 of a file's bytes.
   *
   * @param file a regular file
   * @return lower-case hex
   * @throws IllegalArgumentException when the file cannot be read
   */
  static String sha256(Path file) {
    MessageDigest digest = newDigest();
    update(digest, file);
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * SHA-256 of a list of files: for each in order, its file name (UTF-8), a zero byte, then its bytes.
   * Identifies an image folder by the names and contents of the images read from it.
   *
   * @param files the files, in the order they were read
   * @return lower-case hex
   * @throws IllegalArgumentException when a file cannot be read
   */
  static String sha256(List<Path> files) {
    MessageDigest digest = newDigest();
    for (Path file : files) {
      digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      update(digest, file);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
