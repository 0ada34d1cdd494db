package org.ganlab.core.engine;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A diagnostic switch that forces garbage collections at named points of every training step (before
 * the forward pass, between forward and backward, after backward, after the optimizer update, inside
 * the update phases), to show that no number depends on when the collector runs. Memory that autograd
 * still reads but that only a Java object keeps alive (a DJL constant in a Java direct buffer, see
 * {@link NativeArrays#scalar}) is freed at such a point, and the run's numbers change.
 *
 * <p>Off unless the JVM runs with {@code -Dganlab.stress.gc=true} (the launcher passes
 * {@code GANLAB_JAVA_OPTS} to the JVM, and a sweep's child JVMs inherit {@code ganlab.*} properties).
 * Disabled, {@link #point} reads one field and returns. Enabled, each point collects and waits until
 * the direct buffers found unreachable have been freed before the step goes on
 * ({@code scripts/stress-gc} runs every variant this way).
 */
public final class CollectionPressure {
  /** The system property that turns the collections on. */
  public static final String PROPERTY = "ganlab.stress.gc";

  private static final long WAIT_MILLIS = 1000;
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
  private static volatile boolean enabled = Boolean.getBoolean(PROPERTY);

  private CollectionPressure() {}

  /**
   * Forces a collection here when the switch is on; does nothing otherwise.
   *
   * @param where a short name of the point, e.g. {@code after-loss}, counted in {@link #counts}
   */
  public static void point(String where) {
    if (enabled) {
      collect();
      COUNTS.computeIfAbsent(where, name -> new LongAdder()).increment();
    }
  }

  /**
   * Turns the collections on or off for this JVM, overriding {@value #PROPERTY} (for tests that train
   * the same run with and without pressure in one process).
   *
   * @param on whether {@link #point} collects
   */
  public static void enable(boolean on) {
    enabled = on;
  }

  /**
   * Returns whether {@link #point} collects.
   *
   * @return the switch
   */
  public static boolean enabled() {
    return enabled;
  }

  /**
   * Returns how many collections each point has forced in this JVM so far.
   *
   * @return point name to count, sorted by name
   */
  public static Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    COUNTS.forEach((where, count) -> counts.put(where, count.sum()));
    return counts;
  }

  /**
   * Collects, then waits until a weak sentinel reference made before the collection is enqueued. The
   * reference handler enqueues it after it has run the cleaners that the collection found due (HotSpot
   * hands phantom references, direct buffers' cleaners among them, to the handler ahead of weak ones),
   * so the direct buffers that became unreachable before this point are freed when it returns.
   */
  private static void collect() {
    ReferenceQueue<Object> queue = new ReferenceQueue<>();
    WeakReference<Object> sentinel = new WeakReference<>(new Object(), queue);
    System.gc();
    try {
      queue.remove(WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sentinel.clear();
  }
}
