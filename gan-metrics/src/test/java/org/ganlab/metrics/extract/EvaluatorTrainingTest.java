package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.data.Batch;
import org.ganlab.core.engine.EngineSetup;
import org.ganlab.core.io.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three training steps on shapes at batch 16, trained once and shared by the tests. */
class EvaluatorTrainingTest {
  private static final EvaluatorRecipe RECIPE =
      new EvaluatorRecipe(EvaluatorDataset.SHAPES, 7, 3, 16, 2e-3, 1, 64);
  private static final List<Long> REPORTED_STEPS = new ArrayList<>();
  private static TrainedEvaluator trained;

  @BeforeAll
  static void train() {
    trained = EvaluatorTraining.run(RECIPE, "ganlab test",
        (step, steps, loss, accuracy, seconds) -> REPORTED_STEPS.add(step));
  }

  @Test
  void metadataDescribesTheRecipeAndTheWeights() {
    EvaluatorMetadata m = trained.metadata();

    assertThat(m.name()).isEqualTo("shapes-cnn");
    assertThat(m.sha256()).isEqualTo(AtomicFiles.sha256(trained.parameters()));
    assertThat(m.nTest()).isEqualTo(64);
    assertThat(m.heldoutCheck().n()).isEqualTo(HeldoutCheck.SIZE);
    assertThat(m.heldoutCheck().accuracy() * HeldoutCheck.SIZE % 1).isZero();
    assertThat(m.featureDim()).isEqualTo(128);
    assertThat(m.numClasses()).isEqualTo(10);
    assertThat(m.input()).containsExactly(1, 28, 28);
    assertThat(m.seed()).isEqualTo(7);
    assertThat(m.steps()).isEqualTo(3);
    assertThat(m.batchSize()).isEqualTo(16);
    assertThat(m.threads()).isEqualTo(EngineSetup.threads());
    assertThat(m.command()).isEqualTo("ganlab test");
    assertThat(REPORTED_STEPS).containsExactly(3L);
  }

  @Test
  void sameRecipeGivesBitwiseTheSameWeights() {
    TrainedEvaluator again = EvaluatorTraining.run(RECIPE, "ganlab test", (a, b, c, d, e) -> { });

    assertThat(again.parameters()).isEqualTo(trained.parameters());
    assertThat(again.metadata()).isEqualTo(trained.metadata());
  }

  @Test
  void writtenFilesLoadAndReproduceTheHeldoutCheck(@TempDir Path dir) {
    EvaluatorFiles.write(dir, trained);
    Batch check = RECIPE.dataset().open(RECIPE.seed()).heldOut(HeldoutCheck.SIZE);

    try (EvaluatorExtractor extractor = EvaluatorExtractor.load(dir, "shapes-cnn", 100)) {
      assertThat(extractor.identity())
          .isEqualTo(new ExtractorIdentity("shapes-cnn", trained.metadata().sha256()));
      assertThat(extractor.metadata()).isEqualTo(trained.metadata());
      assertThat(HeldoutCheck.measure(extractor, check)).isEqualTo(trained.metadata().heldoutCheck());
    }
  }

  @Test
  void weightsThatDoNotMatchTheirHashAreRefused(@TempDir Path dir) throws Exception {
    EvaluatorFiles.write(dir, trained);
    byte[] tampered = trained.parameters().clone();
    tampered[tampered.length - 1] ^= 1;
    Files.write(dir.resolve("shapes-cnn.params"), tampered);

    assertThatThrownBy(() -> EvaluatorExtractor.load(dir, "shapes-cnn", 256))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has SHA-256 " + AtomicFiles.sha256(tampered))
        .hasMessageContaining("records " + trained.metadata().sha256());
  }

  @Test
  void missingFilesAndUnknownNamesAreBadInput(@TempDir Path dir) {
    assertThatThrownBy(() -> EvaluatorExtractor.load(dir, "shapes-cnn", 256))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> EvaluatorExtractor.load("mnist-cnn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[shapes-cnn, fashion-mnist-cnn], found mnist-cnn");
  }
}
