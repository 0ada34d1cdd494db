package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.ganlab.core.metric.EvaluationResult;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.TrainingResult;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void linesRoundTripAndOtherLinesAreIgnored() {
    assertThat(new ProgressLine(120, 400).format()).isEqualTo("ganlab-progress 120 400");
    assertThat(ProgressLine.parse("ganlab-progress 120 400")).contains(new ProgressLine(120, 400));
    assertThat(ProgressLine.parse("done: 400 steps")).isEmpty();
    assertThat(ProgressLine.parse("ganlab-progress 12x 400")).isEmpty();
    assertThat(ProgressLine.parse("ganlab-progress 12")).isEmpty();
  }

  @Test
  void reporterPrintsStartAndEndAndThrottlesSteps() {
    StringWriter out = new StringWriter();
    ProgressReporter reporter = new ProgressReporter(new PrintWriter(out));

    reporter.started(50, 300);
    for (long step = 51; step <= 60; step++) {
      reporter.stepDone(step, Map.of());
    }
    reporter.finished(new TrainingResult(RunStatus.DONE, 300, "", EvaluationResult.empty()));

    assertThat(out.toString().lines().toList()).startsWith("ganlab-progress 50 300")
        .endsWith("ganlab-progress 300 300").hasSizeLessThan(5);
  }
}
