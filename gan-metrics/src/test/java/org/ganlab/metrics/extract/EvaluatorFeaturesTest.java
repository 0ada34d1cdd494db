package org.ganlab.metrics.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.nn.FeatureNetwork;
import org.ganlab.core.nn.ImageFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped evaluators as {@link FeatureNetwork}s: found for their data source, the same features as
 * {@link EvaluatorExtractor} for grey and colour images of either size, differentiable with respect to
 * the images, and with frozen weights.
 */
class EvaluatorFeaturesTest {

  @Test
  void eachDataSourceFindsItsEvaluatorAndOthersFindNone() {
    assertThat(FeatureNetwork.find("fashion-mnist", new SampleShape(1, 28, 28)))
        .hasValueSatisfying(network -> assertThat(network.name()).isEqualTo("fashion-mnist-cnn"));
    assertThat(FeatureNetwork.find("shapes", new SampleShape(3, 32, 32)))
        .hasValueSatisfying(network -> assertThat(network.name()).isEqualTo("shapes-cnn"));
    assertThat(FeatureNetwork.find("image-folder", new SampleShape(3, 32, 32))).isEmpty();
    assertThat(FeatureNetwork.find("shapes", new SampleShape(2))).isEmpty();
  }

  @ParameterizedTest(name = "{0} channels, {1} px")
  @CsvSource({"1,28", "3,32", "1,32"})
  void featuresMatchTheExtractors(int channels, int size) {
    Batch images = new ShapesSource(size, channels, 5).heldOut(6);
    double[][] expected;
    try (EvaluatorExtractor extractor = EvaluatorExtractor.load("shapes-cnn")) {
      expected = extractor.extract(images).features();
    }
    try (NDManager manager = NDManager.newBaseManager()) {
      ImageFeatures features = new EvaluatorFeatures.Shapes().load(manager);

      float[] actual = features.features(array(manager, images)).toFloatArray();

      assertThat(actual).hasSize(6 * 128);
      for (int i = 0; i < actual.length; i++) {
        assertThat((double) actual[i]).as("feature %d", i)
            .isCloseTo(expected[i / 128][i % 128], within(2e-4));
      }
    }
  }

  @Test
  void gradientsReachTheImagesButNotTheFrozenWeights() {
    Batch images = new ShapesSource(32, 3, 5).heldOut(2);
    try (NDManager manager = NDManager.newBaseManager()) {
      EvaluatorNetwork network = EvaluatorNetwork.fromParameters(
          EvaluatorFiles.readResource("shapes-cnn").parameters(), manager);
      network.parameterArrays().forEach(weight -> weight.setRequiresGradient(true));
      network.freeze();
      NDArray input = array(manager, images);
      input.setRequiresGradient(true);

      try (Autograd.Recording recording = Autograd.record()) {
        Autograd.backward(network.features(EvaluatorInput.of(input)).square().sum());
      }

      assertThat(input.getGradient().abs().sum().getFloat()).isGreaterThan(0f);
      assertThat(network.parameterArrays())
          .allSatisfy(weight -> assertThat(weight.hasGradient()).isFalse());
    }
  }

  private static NDArray array(NDManager manager, Batch images) {
    return NativeArrays.create(manager, images.values(),
        new Shape(images.shape().batchShape(images.size())));
  }
}
