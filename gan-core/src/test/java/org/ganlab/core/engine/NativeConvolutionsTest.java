package org.ganlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After the engine setup every run makes, a convolution's forward output, input gradient and weight
 * gradient are the direct sums, also for the shapes where oneDNN's are wrong (see
 * {@link OneDnnConvolutionsTest}): output-channel counts that are not a multiple of a vector block,
 * input-channel counts above the block but off it, and a strided layer whose input gradient oneDNN
 * gets wrong with both counts on the block; and they read no memory that nothing wrote: with every new
 * libtorch allocation filled with a NaN pattern, they are still exact.
 */
class NativeConvolutionsTest {
  /** {batch, in, out, kernel, stride, padding, size}. */
  private static final int[][] LAYERS = {
    {2, 4, 3, 3, 1, 0, 8}, // 3 output channels, 3×3
    {4, 3, 8, 7, 1, 0, 34}, // c7s1-8 on a reflection-padded 28 px image
    {4, 16, 8, 3, 1, 0, 30}, // the stride-1 convolution inside an 8-channel transposed convolution
    {4, 16, 1, 4, 1, 1, 13}, // the PatchGAN's 1-channel output
    {2, 17, 16, 3, 1, 1, 11}, // 17 input channels (oneDNN's forward output is wrong)
    {2, 80, 16, 4, 2, 1, 32}, // strided, 80 input channels (oneDNN's input gradient is wrong)
  };

  private NDManager manager;

  @BeforeEach
  void setUp() {
    EngineSetup.applyThreads(1);
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void tearDown() {
    manager.close();
  }

  @Test
  void theEngineSetupOfEveryRunTakesConvolutionsOffOneDnn() {
    assertThat(NativeConvolutions.oneDnnEnabled()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void theOutputAndGradientsAreTheDirectSums(int layer) {
    ConvolutionCase convolution = convolution(LAYERS[layer]);

    assertExact(convolution, convolution.engine(manager));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void theOutputAndGradientsAreExactWhenEveryNewAllocationHoldsNan(int layer) {
    ConvolutionCase convolution = convolution(LAYERS[layer]);

    assertExact(convolution, convolution.engineUnderNanFill(manager));
  }

  private static ConvolutionCase convolution(int[] layer) {
    return new ConvolutionCase(layer[0], layer[1], layer[2], layer[3], layer[4], layer[5], 1, layer[6]);
  }

  private static void assertExact(ConvolutionCase convolution, ConvolutionCase.Result result) {
    assertThat(convolution.outputError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.inputGradientError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.weightGradientError(result)).isLessThan(convolution.tolerance());
  }
}
