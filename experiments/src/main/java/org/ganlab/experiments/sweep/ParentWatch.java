package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a sweep worker when its sweep dies. The sweep keeps each worker's standard input open and never
 * writes to it; the operating system closes it when the sweep process ends, however it ends
 * ({@code kill -9} included), and the worker's read then returns end-of-file.
 */
public final class ParentWatch {

  private ParentWatch() {}

  /**
   * Starts a daemon thread that reads (and discards) the input until it ends, then runs an action.
   *
   * @param in the worker's standard input
   * @param onEnd what to do when it ends or fails, e.g. request a clean stop
   */
  public static void start(InputStream in, Runnable onEnd) {
    Thread watch = new Thread(() -> {
      byte[] buffer = new byte[256];
      try {
        int read;
        do {
          read = in.read(buffer);
        } while (read >= 0);
      } catch (IOException e) {
        // A broken input means the sweep is gone as surely as end-of-file does.
      }
      onEnd.run();
    }, "ganlab-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
