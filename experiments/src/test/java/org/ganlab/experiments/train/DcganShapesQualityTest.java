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
 * Quality tier: {@code examples/dcgan-shapes.yaml} covers all 10 classes of the shapes set (as the
 * shapes-cnn evaluator classifies 10,000 samples) and reaches FID (shapes-cnn) at most 1.25 times its
 * stated figure: the rows {@code dcgan-shapes-*} of {@code examples/quality-bars.tsv}. No FID is
 * stated for this example yet, so once coverage passes the test is reported as skipped with the FID
 * it measured, to be stated in the documentation and the bars file. Minutes on 2 cores, so it runs on
 * demand ({@code mvn verify -Pslow}), not in CI.
 */
@Tag("slow")
class DcganShapesQualityTest {

  @Test
  void dcganShapesCoversEveryClassAndReachesItsStatedFid(@TempDir Path out) {
    List<QualityResult> results = QualityRows.trainAndCheck(
        new Training("dcgan-shapes", List.of()), out);

    assertThat(results).extracting(result -> result.bar().name())
        .containsExactly("dcgan-shapes-fid", "dcgan-shapes-coverage");
    QualityRows.assertBarsHold(results);
  }
}
