package org.ganlab.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Shared metric values are made once per scope and closed when the scope ends. */
class MetricResourcesTest {

  @Test
  void perRunValuesAreMadeOnceAndClosedLast() {
    List<String> closed = new ArrayList<>();
    AtomicInteger made = new AtomicInteger();
    try (MetricResources resources = new MetricResources()) {
      for (int evaluation = 0; evaluation < 3; evaluation++) {
        resources.startEvaluation();
        resources.perRun("extractor", () -> {
          made.incrementAndGet();
          return (AutoCloseable) () -> closed.add("extractor");
        });
      }
      assertThat(made).hasValue(1);
      assertThat(closed).isEmpty();
    }
    assertThat(closed).containsExactly("extractor");
  }

  @Test
  void perEvaluationValuesAreRemadeAfterEachStart() {
    List<String> closed = new ArrayList<>();
    AtomicInteger made = new AtomicInteger();
    try (MetricResources resources = new MetricResources()) {
      for (int evaluation = 0; evaluation < 3; evaluation++) {
        resources.startEvaluation();
        int first = resources.perEvaluation("features", made::incrementAndGet);
        int again = resources.perEvaluation("features", made::incrementAndGet);
        assertThat(again).isEqualTo(first).isEqualTo(evaluation + 1);
        resources.perEvaluation("scratch", () -> (AutoCloseable) () -> closed.add("scratch"));
      }
      assertThat(closed).containsExactly("scratch", "scratch");
    }
    assertThat(closed).containsExactly("scratch", "scratch", "scratch");
  }
}
