package org.ganlab.core.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values the metrics of one run share so that they are computed once: per run (a loaded feature
 * extractor, the real data's features) and per evaluation (the features of the generated samples, used
 * by FID, KID, precision/recall and density/coverage alike). Shared values that are
 * {@link AutoCloseable} are closed when their scope ends, in reverse order of creation.
 */
public final class MetricResources implements AutoCloseable {
  private final Scope run = new Scope();
  private final Scope evaluation = new Scope();

  /**
   * Returns the run's value under {@code key}, made on first request.
   *
   * @param key what the value is, e.g. {@code extractor}
   * @param make makes the value
   * @param <T> its type
   * @return the shared value
   */
  public <T> T perRun(String key, Supplier<T> make) {
    return run.get(key, make);
  }

  /**
   * Returns the current evaluation's value under {@code key}, made on first request after
   * {@link #startEvaluation()}.
   *
   * @param key what the value is, e.g. {@code generated-features}
   * @param make makes the value
   * @param <T> its type
   * @return the shared value
   */
  public <T> T perEvaluation(String key, Supplier<T> make) {
    return evaluation.get(key, make);
  }

  /** Ends the previous evaluation's scope: the next generated samples are new. */
  public void startEvaluation() {
    evaluation.close();
  }

  @Override
  public void close() {
    try {
      evaluation.close();
    } finally {
      run.close();
    }
  }

  /** Values made on first request, closed together. */
  private static final class Scope {
    private final Map<String, Object> values = new HashMap<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> make) {
      Object value = values.get(key);
      if (value == null) {
        value = make.get();
        values.put(key, value);
        if (value instanceof AutoCloseable closeable) {
          closeables.add(closeable);
        }
      }
      return (T) value;
    }

    void close() {
      IllegalStateException failure = null;
      for (int i = closeables.size() - 1; i >= 0; i--) {
        try {
          closeables.get(i).close();
        } catch (Exception e) {
          failure = failure == null ? new IllegalStateException("cannot close a metric resource", e)
              : failure;
        }
      }
      closeables.clear();
      values.clear();
      if (failure != null) {
        throw failure;
      }
    }
  }
}
