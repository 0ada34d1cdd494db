package org.ganlab.experiments.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ganlab.core.io.RunDirectory;

/**
 * Where a reproduction is trained: a new temporary directory, or one the user names, which must not
 * exist yet or be empty (it is deleted afterwards, so it must hold nothing else). Deleted on
 * {@link #close} unless kept.
 */
public final class WorkDirectory implements AutoCloseable {
  private final Path root;
  private final boolean keep;

  private WorkDirectory(Path root, boolean keep) {
    this.root = root;
    this.keep = keep;
  }

  /**
   * Creates the work directory.
   *
   * @param requested the directory to use, or null for a new temporary one
   * @param keep leave it in place on {@link #close}
   * @return the created directory
   * @throws IllegalArgumentException when {@code requested} is a file or a non-empty directory
   */
  public static WorkDirectory create(Path requested, boolean keep) {
    try {
      if (requested == null) {
        return new WorkDirectory(Files.createTempDirectory("ganlab-reproduce-"), keep);
      }
      if (Files.exists(requested) && !isEmptyDirectory(requested)) {
        throw new IllegalArgumentException("--work " + requested
            + " must be a new or empty directory (it is deleted afterwards unless --keep)");
      }
      return new WorkDirectory(Files.createDirectories(requested), keep);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the work directory", e);
    }
  }

  /**
   * Returns the reproduction's run directory.
   *
   * @return the work directory as a run directory
   */
  public RunDirectory run() {
    return new RunDirectory(root);
  }

  /** Deletes the directory and everything in it, unless it is kept. */
  @Override
  public void close() {
    if (keep || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the work directory " + root, e);
    }
  }

  private static boolean isEmptyDirectory(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries.findAny().isEmpty();
    }
  }
}
