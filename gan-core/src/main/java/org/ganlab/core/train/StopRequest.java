package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;

/**
 * A request to stop a run cleanly, made from another thread (a signal handler, a watch on the parent
 * process) and honoured by the {@link Trainer} after its current step: it writes the log and a
 * checkpoint of that step and ends the run as {@link RunStatus#STOPPED}. Only the first request counts.
 * Thread-safe.
 */
public final class StopRequest {
  private final List<Runnable> actions = new ArrayList<>();
  private volatile String cause;

  /**
   * Requests the stop. The first request runs the actions registered with {@link #whenRequested}, in
   * the calling thread; later requests do nothing.
   *
   * @param why what asked for it, for messages, e.g. {@code SIGTERM}
   * @return true for the first request, false when a stop was already requested
   */
  public boolean request(String why) {
    List<Runnable> toRun;
    synchronized (this) {
      if (cause != null) {
        return false;
      }
      cause = why;
      toRun = List.copyOf(actions);
    }
    toRun.forEach(Runnable::run);
    return true;
  }

  /**
   * Tells whether a stop was requested.
   *
   * @return true after the first {@link #request}
   */
  public boolean requested() {
    return cause != null;
  }

  /**
   * Returns what asked for the stop.
   *
   * @return the first request's {@code why}, e.g. {@code SIGTERM}; empty when none was made
   */
  public String cause() {
    String why = cause;
    return why == null ? "" : why;
  }

  /**
   * Registers something to do when the stop is requested, e.g. passing the request on to child
   * processes; done at once when it already was.
   *
   * @param action what to do, in the requesting thread
   */
  public void whenRequested(Runnable action) {
    synchronized (this) {
      if (cause == null) {
        actions.add(action);
        return;
      }
    }
    action.run();
  }
}
