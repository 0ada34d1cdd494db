package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GaussianMixtureSourceTest {

  @Test
  void ring8HasEightCentresOnRadiusTwo() {
    GaussianMixtureSource ring = GaussianMixtureSource.ring8(1);
    assertThat(ring.centres()).hasNumberOfRows(8);
    assertThat(ring.centres()[2][0]).isCloseTo(0.0, within(1e-12));
    assertThat(ring.centres()[2][1]).isCloseTo(2.0, within(1e-12));
    for (double[] c : ring.centres()) {
      assertThat(Math.hypot(c[0], c[1])).isCloseTo(2.0, within(1e-12));
    }
    assertThat(ring.sigma()).isEqualTo(0.02);
  }

  @Test
  void grid25HasCornersAtPlusMinusFour() {
    GaussianMixtureSource grid = GaussianMixtureSource.grid25(1);
    assertThat(grid.centres()).hasNumberOfRows(25);
    assertThat(grid.centres()[0]).containsExactly(-4.0, -4.0);
    assertThat(grid.centres()[24]).containsExactly(4.0, 4.0);
    assertThat(grid.sigma()).isEqualTo(0.05);
  }

  @Test
  void configuredGeometryMovesTheCentresAndSigma() {
    GaussianMixtureSource ring = GaussianMixtureSource.ring8(1, 1.0, 0.01);
    assertThat(ring.centres()[0]).containsExactly(1.0, 0.0);
    assertThat(ring.centres()[1][0]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(ring.centres()[4][0]).isCloseTo(-1.0, within(1e-12));
    assertThat(ring.sigma()).isEqualTo(0.01);
    GaussianMixtureSource grid = GaussianMixtureSource.grid25(1, 1.5, 0.1);
    assertThat(grid.centres()[0]).containsExactly(-3.0, -3.0);
    assertThat(grid.centres()[7]).containsExactly(-1.5, 0.0);
    assertThat(grid.sigma()).isEqualTo(0.1);
    assertThat(grid.provenance()).containsEntry("layout", "grid {-3,-1.5,0,1.5,3}^2")
        .containsEntry("spacing", "1.5").containsEntry("std", "0.1");
    assertNearModes(ring);
  }

  @Test
  void aFixedTrainingSetServesEachPointOncePerEpochInANewOrder() {
    GaussianMixtureSource fixed = GaussianMixtureSource.ring8(5).withTrainSize(12);
    float[] epoch0 = concat(fixed.trainBatch(0, 4), fixed.trainBatch(1, 4), fixed.trainBatch(2, 4));
    float[] epoch1 = concat(fixed.trainBatch(3, 4), fixed.trainBatch(4, 4), fixed.trainBatch(5, 4));
    assertThat(sortedPoints(epoch1)).isEqualTo(sortedPoints(epoch0));
    assertThat(epoch1).isNotEqualTo(epoch0);
    assertThat(new java.util.HashSet<>(sortedPoints(epoch0))).hasSize(12);
    assertThat(GaussianMixtureSource.ring8(5).withTrainSize(12).trainBatch(4, 4).values())
        .isEqualTo(fixed.trainBatch(4, 4).values());
    assertThat(sortedPoints(GaussianMixtureSource.ring8(6).withTrainSize(12).trainBatch(0, 12)
        .values())).isNotEqualTo(sortedPoints(epoch0));
    assertThat(fixed.heldOut(8).values()).isEqualTo(GaussianMixtureSource.ring8(5).heldOut(8).values());
    assertThat(fixed.provenance()).containsEntry("train_size", "12");
    assertThat(GaussianMixtureSource.ring8(5).provenance()).doesNotContainKey("train_size");
  }

  @Test
  void aFixedTrainingSetStillFollowsTheMixture() {
    assertNearModes(GaussianMixtureSource.grid25(11).withTrainSize(10_000));
  }

  private static float[] concat(Batch... batches) {
    float[] all = new float[0];
    for (Batch batch : batches) {
      float[] values = batch.values();
      float[] joined = Arrays.copyOf(all, all.length + values.length);
      System.arraycopy(values, 0, joined, all.length, values.length);
      all = joined;
    }
    return all;
  }

  private static java.util.List<String> sortedPoints(float[] values) {
    return IntStream.range(0, values.length / 2)
        .mapToObj(i -> values[2 * i] + "," + values[2 * i + 1]).sorted().toList();
  }

  @Test
  void batchesAreUnlabelledPoints() {
    Batch batch = GaussianMixtureSource.ring8(1).trainBatch(0, 16);
    assertThat(batch.shape()).isEqualTo(new SampleShape(2));
    assertThat(batch.size()).isEqualTo(16);
    assertThat(batch.labelled()).isFalse();
  }

  @Test
  void batchesAreAPureFunctionOfSeedAndIndex() {
    GaussianMixtureSource a = GaussianMixtureSource.grid25(7);
    GaussianMixtureSource b = GaussianMixtureSource.grid25(7);
    float[] fifthFirst = b.trainBatch(5, 32).values();
    assertThat(a.trainBatch(3, 32).values()).isEqualTo(b.trainBatch(3, 32).values());
    assertThat(a.trainBatch(5, 32).values()).isEqualTo(fifthFirst);
    assertThat(a.trainBatch(4, 32).values()).isNotEqualTo(a.trainBatch(3, 32).values());
    assertThat(GaussianMixtureSource.grid25(8).trainBatch(3, 32).values())
        .isNotEqualTo(a.trainBatch(3, 32).values());
  }

  @Test
  void heldOutIsStableDisjointFromTrainingAndPrefixConsistent() {
    GaussianMixtureSource ring = GaussianMixtureSource.ring8(3);
    float[] small = ring.heldOut(10).values();
    float[] large = ring.heldOut(20).values();
    assertThat(Arrays.copyOf(large, small.length)).isEqualTo(small);
    assertThat(small).isNotEqualTo(Arrays.copyOf(ring.trainBatch(0, 10).values(), 20));
  }

  @Test
  void ring8SamplesSitNearTheirModesAndCoverAllOfThem() {
    assertNearModes(GaussianMixtureSource.ring8(11));
  }

  @Test
  void grid25SamplesSitNearTheirModesAndCoverAllOfThem() {
    assertNearModes(GaussianMixtureSource.grid25(11));
  }

  private static void assertNearModes(GaussianMixtureSource source) {
    double[][] centres = source.centres();
    float[] points = source.trainBatch(0, 10_000).values();
    int[] hits = new int[centres.length];
    int far = 0;
    for (int i = 0; i < 10_000; i++) {
      int best = 0;
      double bestDistance = Double.MAX_VALUE;
      for (int k = 0; k < centres.length; k++) {
        double d = Math.hypot(points[2 * i] - centres[k][0], points[2 * i + 1] - centres[k][1]);
        if (d < bestDistance) {
          bestDistance = d;
          best = k;
        }
      }
      hits[best]++;
      far += bestDistance < 5 * source.sigma() ? 0 : 1;
    }
    assertThat(far).isLessThan(10);
    assertThat(IntStream.of(hits).min().orElseThrow()).isGreaterThan(10_000 / centres.length / 2);
  }
}
