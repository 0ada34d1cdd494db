package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.experiments.quality.QualityResult;
import org.ganlab.experiments.quality.Training;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality tier: {@code examples/vanilla-ring8.yaml} (non-saturating) covers at least 6 of the 8 modes
 * with more than half of its samples of high quality, within its default steps: the rows
 * {@code ring8-*} of {@code examples/quality-bars.tsv}. About a minute on 2 cores, so it runs on demand
 * ({@code mvn verify -Pslow}), not in CI.
 */
@Tag("slow")
class Ring8QualityTest {

  @Test
  void vanillaRing8CoversAtLeastSixModes(@TempDir Path out) {
    List<QualityResult> results = QualityRows.trainAndCheck(
        new Training("vanilla-ring8", List.of()), out);

    assertThat(results).extracting(result -> result.bar().name())
        .containsExactly("ring8-modes", "ring8-hq");
    QualityRows.assertBarsHold(results);
  }
}
