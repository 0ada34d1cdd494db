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
 * Quality tier: {@code examples/cgan-shapes.yaml} (projection discriminator with an auxiliary
 * classifier and spectral norm, conv backbone, hinge loss) generates the class it is asked for. The
 * bars are the rows {@code cgan-shapes-*} of {@code examples/quality-bars.tsv}: the shapes-cnn
 * evaluator agrees on at least 90 % of its samples (stated: 0.958), every class is covered, and FID
 * (shapes-cnn) is at most 1.25 times the stated 137.8. About 30 minutes on 2 cores, so it runs on
 * demand ({@code mvn verify -Pslow}), not in CI.
 */
@Tag("slow")
class ConditionalShapesQualityTest {

  @Test
  void cganShapesReachesItsStatedAccuracyCoverageAndFid(@TempDir Path out) {
    List<QualityResult> results = QualityRows.trainAndCheck(
        new Training("cgan-shapes", List.of()), out);

    assertThat(results).extracting(result -> result.bar().name())
        .containsExactly("cgan-shapes-accuracy", "cgan-shapes-coverage",
        "cgan-shapes-fid");
    QualityRows.assertBarsHold(results);
  }
}
