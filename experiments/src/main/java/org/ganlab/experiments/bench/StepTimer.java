package org.ganlab.experiments.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.train.TrainingListener;

/**
 * Records the wall time and the training thread's CPU time of every training step after a warm-up. On a
 * shared machine the CPU time is the steadier figure: waiting for a core counts in wall time only.
 */
final class StepTimer implements TrainingListener {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final int warmup;
  private final List<Double> millis = new ArrayList<>();
  private final List<Double> cpuMillis = new ArrayList<>();
  private long last;
  private long lastCpu;

  StepTimer(int warmup) {
    this.warmup = warmup;
  }

  @Override
  public void started(long firstStep, long totalSteps) {
    last = System.nanoTime();
    lastCpu = THREADS.getCurrentThreadCpuTime();
  }

  @Override
  public void stepDone(long completed, Map<String, Double> losses) {
    long now = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    if (completed > warmup) {
      millis.add((now - last) / 1e6);
      cpuMillis.add((cpu - lastCpu) / 1e6);
    }
    last = now;
    lastCpu = cpu;
  }

  /** Median wall time of a timed step, ms. */
  double medianMillis() {
    return median(millis);
  }

  /** Median CPU time of the training thread in a timed step, ms. */
  double medianCpuMillis() {
    return median(cpuMillis);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
