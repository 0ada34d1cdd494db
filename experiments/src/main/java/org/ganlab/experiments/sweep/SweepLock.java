package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two sweeps from training in one sweep directory at once: an operating-system lock on its
 * {@code .lock} file, released when the sweep ends, however it ends.
 */
public final class SweepLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private SweepLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, creating the sweep directory.
   *
   * @param layout the sweep's files
   * @return the held lock
   * @throws IllegalArgumentException when another sweep holds it
   */
  public static SweepLock acquire(SweepLayout layout) {
    try {
      Files.createDirectories(layout.root());
      FileChannel channel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalArgumentException("another sweep is running in " + layout.root()
            + " (it holds " + layout.lock() + "); wait for it to end");
      }
      return new SweepLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + layout.lock(), e);
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release " + lock, e);
    }
  }
}
