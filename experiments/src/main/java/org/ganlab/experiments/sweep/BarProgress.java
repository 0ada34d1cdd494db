package org.ganlab.experiments.sweep;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Sweep progress on a terminal: one bar for the whole sweep (runs finished of all, with ETA) and one bar
 * per job slot showing the steps of the run it trains (steps/s, ETA, run id). A resumed run's bar counts
 * the steps still to do, so that its speed and ETA are this session's.
 */
public final class BarProgress implements SweepProgress {
  private static final String IDLE = " idle";

  private final ProgressBar overall;
  private final List<ProgressBar> slots = new ArrayList<>();
  private final List<String> occupants = new ArrayList<>();
  private final Map<String, Long> firstSteps = new HashMap<>();

  /**
   * Creates the display and draws its bars.
   *
   * @param terminal the terminal's stream, e.g. {@code System.err}
   * @param total runs in the sweep
   * @param finishedBefore runs that were done or diverged before this invocation
   * @param jobs runs trained at once: one bar each
   */
  public BarProgress(PrintStream terminal, int total, int finishedBefore, int jobs) {
    overall = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total)
        .startsFrom(finishedBefore, Duration.ZERO).setUnit(" runs", 1).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new InteractiveConsoleProgressBarConsumer(terminal)).build();
    for (int i = 0; i < jobs; i++) {
      ProgressBar slot = new ProgressBarBuilder().setTaskName("job " + (i + 1)).setInitialMax(1)
          .showSpeed().setUnit(" steps", 1).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new InteractiveConsoleProgressBarConsumer(terminal)).build();
      slot.setExtraMessage(IDLE);
      slots.add(slot);
      occupants.add(null);
    }
  }

  @Override
  public synchronized void started(PlannedRun run, RunAction action) {
    int slot = occupants.indexOf(null);
    occupants.set(slot, run.id());
    slots.get(slot).reset().maxHint(run.config().training().steps()).setExtraMessage(" " + run.id());
  }

  @Override
  public synchronized void stepped(PlannedRun run, ProgressLine line) {
    int slot = occupants.indexOf(run.id());
    if (slot < 0) {
      return;
    }
    ProgressBar bar = slots.get(slot);
    Long first = firstSteps.get(run.id());
    if (first == null) {
      first = line.completed();
      firstSteps.put(run.id(), first);
      bar.reset().maxHint(line.total() - first)
          .setExtraMessage(" " + run.id() + (first > 0 ? " resumed at step " + first : ""));
    }
    bar.stepTo(line.completed() - first);
  }

  @Override
  public synchronized void finished(PlannedRun run, RunRecord record, Duration took) {
    int slot = occupants.indexOf(run.id());
    if (slot >= 0) {
      occupants.set(slot, null);
      slots.get(slot).reset().maxHint(1).setExtraMessage(IDLE);
    }
    firstSteps.remove(run.id());
    overall.step();
  }

  @Override
  public synchronized void close() {
    slots.forEach(ProgressBar::close);
    overall.close();
  }
}
