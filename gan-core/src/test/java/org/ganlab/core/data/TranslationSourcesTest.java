package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.DataConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The translation sources: shapes-translation, two-domain views and the low-resolution view. */
class TranslationSourcesTest {

  private static int lit(float[] values, int from, int size) {
    int count = 0;
    for (int i = from; i < from + size; i++) {
      count += values[i] > -1f ? 1 : 0;
    }
    return count;
  }

  /** Returns the summed brightness above the background. */
  private static double mass(Batch batch) {
    double sum = 0;
    for (float v : batch.values()) {
      sum += v + 1;
    }
    return sum;
  }

  @Test
  void shapesTranslationPairsHeldOutFilledShapesWithTheirOutlines() {
    TranslationSource source = (TranslationSource) DataSources.open(
        new DataConfig("shapes-translation", null, 28, 1), 5);
    Batch inputs = source.heldOutInputs(20);
    Batch targets = source.heldOut(20);

    assertThat(source.paired()).isTrue();
    assertThat(source.inputShape()).isEqualTo(source.shape()).isEqualTo(new SampleShape(1, 28, 28));
    assertThat(targets.labels()).containsExactly(inputs.labels());
    int size = source.shape().size();
    int filledTotal = 0;
    int outlineTotal = 0;
    for (int i = 0; i < 20; i++) {
      int filled = lit(inputs.values(), i * size, size);
      int outline = lit(targets.values(), i * size, size);
      assertThat(outline).as("sample %d", i).isPositive().isLessThanOrEqualTo(filled);
      filledTotal += filled;
      outlineTotal += outline;
      for (int p = i * size; p < (i + 1) * size; p++) {
        if (inputs.values()[p] == -1f) {
          assertThat(targets.values()[p]).as("outline outside the shape at %d", p).isEqualTo(-1f);
        }
      }
    }
    assertThat(outlineTotal).isLessThan(filledTotal);
    assertThat(mass(targets)).isLessThan(0.7 * mass(inputs));
    assertThat(source.heldOut(5).values())
        .containsExactly(Arrays.copyOf(targets.values(), 5 * size));
  }

  @Test
  void shapesTranslationTrainsUnpaired() {
    TranslationSource source = (TranslationSource) DataSources.open(
        new DataConfig("shapes-translation", null, 28, 1), 5);
    Batch inputs = source.trainInputs(3, 64);
    Batch targets = source.trainBatch(3, 64);

    assertThat(inputs.labels()).isNotEqualTo(targets.labels());
    assertThat(source.trainInputs(3, 64).values()).containsExactly(inputs.values());
    assertThat(source.trainBatch(3, 64).values()).containsExactly(targets.values());
  }

  @Test
  void twoDomainViewDrawsEachDomainsClassesIndependently() {
    DataConfig config = new DataConfig("shapes", null, 28, 1, List.of(0, 1), List.of(4));
    TranslationSource view = (TranslationSource) DataSources.open(config, 2);

    assertThat(view.paired()).isFalse();
    assertThat(view.name()).isEqualTo("shapes");
    assertThat(view.trainInputs(0, 50).labels()).containsOnly(0, 1).contains(0, 1);
    assertThat(view.trainBatch(0, 50).labels()).containsOnly(4);
    assertThat(view.heldOutInputs(30).labels()).containsOnly(0, 1);
    assertThat(view.heldOut(30).labels()).containsOnly(4);
    assertThat(view.heldOut(30).values()).isNotEqualTo(
        new ShapesSource(28, 1, 2).heldOut(30).values());
  }

  @Test
  void twoDomainViewOfAFiniteSetKeepsOnlyItsClasses(@TempDir Path dir) throws Exception {
    IdxFixture.write(dir, false);
    TranslationSource view = (TranslationSource) DataSources.open(
        new DataConfig("idx", dir.toString(), 28, 1, List.of(1), List.of(2)), 9);

    assertThat(view.trainInputs(0, 30).labels()).containsOnly(1);
    assertThat(view.trainBatch(5, 30).labels()).containsOnly(2);
    assertThat(view.heldOut(100).labels()).containsOnly(2).hasSize(2);
  }

  @Test
  void domainErrorsNameTheirField() {
    assertThatThrownBy(() -> new DataConfig("shapes", null, 28, 1, List.of(1), List.of()))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.domain_b"));
    assertThatThrownBy(() -> new DataConfig("shapes", null, 28, 1, List.of(1, 2), List.of(2)))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.domain_b"))
        .hasMessageContaining("shares [2]");
    assertThatThrownBy(() -> DataSources.open(
        new DataConfig("shapes", null, 28, 1, List.of(1), List.of(12)), 1))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.domain_b"))
        .hasMessageContaining("0..9").hasMessageContaining("12");
    assertThatThrownBy(() -> DataSources.open(
        new DataConfig("ring8", null, 28, 1, List.of(0), List.of(1)), 1))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.domain_a"));
  }

  @Test
  void lowResolutionViewPairsImagesWithTheirBicubicDownsampling() {
    ShapesSource shapes = new ShapesSource(28, 1, 3);
    LowResolutionView view = new LowResolutionView(shapes, 4);

    assertThat(view.inputShape()).isEqualTo(new SampleShape(1, 7, 7));
    assertThat(view.paired()).isTrue();
    assertThat(view.heldOut(4).values()).containsExactly(shapes.heldOut(4).values());
    assertThat(view.heldOutInputs(4).values())
        .containsExactly(BicubicResize.resize(shapes.heldOut(4), 7, 7).values());
    assertThat(view.trainInputs(2, 3).values())
        .containsExactly(BicubicResize.resize(shapes.trainBatch(2, 3), 7, 7).values());
    assertThatThrownBy(() -> new LowResolutionView(shapes, 3))
        .hasMessageContaining("scale 3");
  }
}
