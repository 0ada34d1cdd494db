package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShapesSourceTest {

  @Test
  void batchHasImageShapeRangeAndLabels() {
    Batch batch = new ShapesSource(28, 1, 1).trainBatch(0, 64);
    assertThat(batch.shape()).isEqualTo(new SampleShape(1, 28, 28));
    assertThat(batch.values()).hasSize(64 * 28 * 28);
    assertThat(batch.labels()).hasSize(64);
    assertThat(IntStream.of(batch.labels()).allMatch(l -> l >= 0 && l < 10)).isTrue();
    for (float v : batch.values()) {
      assertThat(v).isBetween(-1f, 1f);
    }
  }

  @Test
  void colourImagesAt32HaveDifferentPlanes() {
    Batch batch = new ShapesSource(32, 3, 1).trainBatch(0, 4);
    assertThat(batch.shape()).isEqualTo(new SampleShape(3, 32, 32));
    float[] v = batch.values();
    double red = 0;
    double green = 0;
    for (int p = 0; p < 32 * 32; p++) {
      red += v[p];
      green += v[32 * 32 + p];
    }
    assertThat(red).isNotEqualTo(green);
  }

  @Test
  void imagesHaveBackgroundABrighterShapeAndSoftEdges() {
    float[] image = new ShapesSource(28, 1, 2).trainBatch(0, 1).values();
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (float v : image) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    int edge = 0;
    for (float v : image) {
      edge += v > -1f && v < max ? 1 : 0;
    }
    assertThat(min).isEqualTo(-1f);
    assertThat(max).isGreaterThanOrEqualTo(0.3f);
    assertThat(edge).as("anti-aliased edge pixels").isPositive();
  }

  @Test
  void batchesAreDeterministicAndRandomAccess() {
    ShapesSource a = new ShapesSource(28, 1, 5);
    ShapesSource b = new ShapesSource(28, 1, 5);
    Batch fifthFirst = b.trainBatch(5, 8);
    b.trainBatch(3, 8);
    a.trainBatch(3, 8);
    assertThat(a.trainBatch(5, 8).values()).isEqualTo(fifthFirst.values());
    assertThat(a.trainBatch(5, 8).labels()).isEqualTo(fifthFirst.labels());
    assertThat(a.trainBatch(6, 8).values()).isNotEqualTo(fifthFirst.values());
    assertThat(new ShapesSource(28, 1, 6).trainBatch(5, 8).values())
        .isNotEqualTo(fifthFirst.values());
  }

  @Test
  void heldOutIsStableAndDiffersFromTraining() {
    ShapesSource source = new ShapesSource(28, 1, 5);
    assertThat(source.heldOut(16).values()).isEqualTo(source.heldOut(16).values());
    assertThat(source.heldOut(16).values()).isNotEqualTo(source.trainBatch(0, 16).values());
  }

  @Test
  void allTenClassesAppearWithDistinctMeanImages() {
    int pixels = 28 * 28;
    Batch batch = new ShapesSource(28, 1, 9).trainBatch(0, 2000);
    double[][] means = new double[10][pixels];
    int[] counts = new int[10];
    for (int i = 0; i < batch.size(); i++) {
      int label = batch.labels()[i];
      counts[label]++;
      for (int p = 0; p < pixels; p++) {
        means[label][p] += batch.values()[i * pixels + p];
      }
    }
    assertThat(IntStream.of(counts).min().orElseThrow()).isGreaterThan(100);
    for (int k = 0; k < 10; k++) {
      for (int j = 0; j < k; j++) {
        assertThat(distance(means[k], counts[k], means[j], counts[j])).as("classes %d, %d", j, k)
            .isGreaterThan(0.5);
      }
    }
  }

  @Test
  void identicallyPlacedShapesOfDifferentClassesDifferInManyPixels() {
    ShapeRenderer renderer = new ShapeRenderer(28, 1);
    ShapeKind[] kinds = ShapeKind.values();
    float[][] masks = new float[kinds.length][];
    for (int k = 0; k < kinds.length; k++) {
      masks[k] = renderer.rasterise(kinds[k], 14, 14, 9, 0.3).clone();
    }
    for (int k = 0; k < kinds.length; k++) {
      for (int j = 0; j < k; j++) {
        int differing = 0;
        for (int p = 0; p < masks[k].length; p++) {
          differing += Math.abs(masks[k][p] - masks[j][p]) > 0.5f ? 1 : 0;
        }
        assertThat(differing).as("%s vs %s", kinds[j], kinds[k]).isGreaterThanOrEqualTo(20);
      }
    }
  }

  @Test
  void rejectsBadChannels() {
    assertThatThrownBy(() -> new ShapesSource(28, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double distance(double[] sumA, int countA, double[] sumB, int countB) {
    double squares = 0;
    for (int p = 0; p < sumA.length; p++) {
      double d = sumA[p] / countA - sumB[p] / countB;
      squares += d * d;
    }
    return Math.sqrt(squares);
  }
}
