package org.ganlab.experiments.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.train.TrainingListener;

/** Records the wall time of every training step after a warm-up. */
final class StepTimer implements TrainingListener {
  private final int warmup;
  private final List<Double> millis = new ArrayList<>();
  private long last;

  StepTimer(int warmup) {
    this.warmup = warmup;
  }

  @Override
  public void started(long firstStep, long totalSteps) {
    last = System.nanoTime();
  }

  @Override
  public void stepDone(long completed, Map<String, Double> losses) {
    long now = System.nanoTime();
    if (completed > warmup) {
      millis.add((now - last) / 1e6);
    }
    last = now;
  }

  double medianMillis() {
    List<Double> sorted = millis.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
