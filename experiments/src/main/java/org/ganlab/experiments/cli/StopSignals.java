package org.ganlab.experiments.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ganlab.core.train.StopRequest;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM, SIGINT and SIGHUP (what {@code timeout}, {@code kill}, Ctrl-C and a closed terminal
 * send) into a {@link StopRequest} while it is open, in place of the JVM's default of running its
 * shutdown: that tears libtorch down under a step in flight (a SIGSEGV crash report from the backward
 * pass, or NaN losses that got the run recorded as diverged) and loses the steps since the last
 * checkpoint. The handler only sets the request; the trainer honours it after its current step. A
 * later signal either ends the process at once, killed by that signal as if no handler were installed
 * (for the commands a person runs), or is ignored (for a sweep's worker, whose sweep decides). Closing
 * restores the handlers found when it was opened.
 */
final class StopSignals implements AutoCloseable {
  private static final List<String> NAMES = List.of("TERM", "INT", "HUP");
  private static final int KILLED_BY_SIGNAL = 128;

  private final StopRequest stop;
  private final Runnable beforeExit;
  private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
  private volatile int firstSignal;

  private StopSignals(StopRequest stop, Runnable beforeExit) {
    this.stop = stop;
    this.beforeExit = beforeExit;
    for (String name : NAMES) {
      Signal signal = new Signal(name);
      try {
        previous.put(signal, Signal.handle(signal, this::received));
      } catch (IllegalArgumentException e) {
        // The JVM keeps this signal (run with -Xrs): it keeps its default action.
      }
    }
  }

  /**
   * Installs the handlers of a command a person runs: the first signal requests the stop, a second one
   * prints a line, runs {@code beforeExit} and ends the process by that signal.
   *
   * @param stop the request the first signal makes
   * @param beforeExit what to do before ending at once, e.g. kill child processes
   * @return the open handlers
   */
  static StopSignals exitOnRepeat(StopRequest stop, Runnable beforeExit) {
    return new StopSignals(stop, beforeExit);
  }

  /**
   * Installs handlers that request the stop and ignore later signals.
   *
   * @param stop the request the first signal makes
   * @return the open handlers
   */
  static StopSignals ignoreRepeats(StopRequest stop) {
    return new StopSignals(stop, null);
  }

  /**
   * Returns the exit code that tells the caller which signal stopped the process, as a shell shows a
   * process killed by it.
   *
   * @return 128 + the first signal's number: 143 for SIGTERM, 130 for SIGINT, 129 for SIGHUP; empty when
   *     no signal was received
   */
  OptionalInt exitCode() {
    int signal = firstSignal;
    return signal == 0 ? OptionalInt.empty() : OptionalInt.of(KILLED_BY_SIGNAL + signal);
  }

  @Override
  public void close() {
    previous.forEach(Signal::handle);
  }

  private void received(Signal signal) {
    synchronized (this) {
      if (firstSignal == 0) {
        firstSignal = signal.getNumber();
      }
    }
    if (stop.request("SIG" + signal.getName()) || beforeExit == null) {
      return;
    }
    System.err.println("ganlab: second signal (SIG" + signal.getName() + "): exiting at once; --resume"
        + " continues from the last checkpoint written");
    System.err.flush();
    beforeExit.run();
    dieBy(signal);
  }

  /**
   * Ends the process by a signal's default action, as if no handler were installed: the kernel ends it
   * without the C library's exit, so nothing is torn down under native code still running.
   * {@link Signal#raise} refuses a signal without a Java handler, so the {@code kill} command sends it;
   * should that fail, the JVM halts with the same exit code.
   */
  private static void dieBy(Signal signal) {
    Signal.handle(signal, SignalHandler.SIG_DFL);
    try {
      new ProcessBuilder("kill", "-" + signal.getName(), Long.toString(ProcessHandle.current().pid()))
          .start().waitFor();
      Thread.sleep(1000);
    } catch (IOException e) {
      // No kill command: halt below.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().halt(KILLED_BY_SIGNAL + signal.getNumber());
  }
}
