package org.ganlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What libtorch 2.7.1's oneDNN 3.7.1 convolutions compute at the test JVMs' pinned instruction set
 * ({@code ONEDNN_MAX_CPU_ISA=AVX2}, vector block 8 float32 channels), checked against direct sums: the
 * record of why {@link NativeConvolutions} keeps oneDNN off, and of why padding channel counts up to the
 * block would not make it safe. Every case turns oneDNN on and the engine set-up's switches back after.
 *
 * <p>Exact: stride-1 and strided convolutions whose output channels are a multiple of the block and
 * whose input channels are fewer than the block (the image layers) or a multiple of 32, and depthwise
 * ones; {@link OneDnnChannelRuleSweepTest} (slow) tries many more such shapes. Some other counts on the
 * block are exact too, such as CycleGAN's 8 → 8 channels at stride 1.
 * Wrong: (1) output channels off the block: the input gradient reads unwritten padding of oneDNN's
 * reordered weights (NaN when allocations hold NaN); (2) input channels off the block but above it, such
 * as the conditional convolutional discriminator's 1 image channel plus 10 label planes: the forward
 * output is off by about its own size; (3) some strided convolutions with both channel counts
 * on the block, such as 80 → 16 channels, 4×4, stride 2 on a 32 px input: the input gradient is off by
 * about its own size, while the same layer on a 16 px input is exact. With AVX-512 (block 16) the same
 * three kinds occur, the third one for 48, 80, 112 and 144 input channels at stride 2. If a libtorch
 * upgrade makes a "wrong" case here exact, it is time to measure oneDNN again.
 */
class OneDnnConvolutionsTest {
  /** {batch, in, out, kernel, stride, padding, groups, size}: layers oneDNN computes exactly. */
  private static final int[][] EXACT = {
    {2, 3, 64, 4, 2, 1, 1, 16}, // a DCGAN discriminator's image layer
    {2, 64, 64, 4, 2, 1, 1, 16}, // a strided discriminator layer
    {2, 8, 8, 3, 1, 1, 1, 11}, // CycleGAN's 8-channel stride-1 layer
    {2, 32, 16, 7, 1, 2, 1, 11}, // a 7×7 stride-1 layer
    {2, 17, 17, 3, 1, 1, 17, 11}, // StyleGAN's depthwise blur
  };

  private NDManager manager;

  @BeforeEach
  void setUp() {
    assumeTrue("AVX2".equals(System.getenv("ONEDNN_MAX_CPU_ISA")),
        "the recorded behaviour is oneDNN's at ONEDNN_MAX_CPU_ISA=AVX2, which surefire sets");
    EngineSetup.applyThreads(1);
    NativeConvolutions.setOneDnn(true);
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void tearDown() {
    NativeConvolutions.use();
    if (manager != null) {
      manager.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void channelCountsOnTheBlockOrBelowItAreExactEvenWhenAllocationsHoldNan(int layer) {
    int[] shape = EXACT[layer];
    ConvolutionCase convolution = new ConvolutionCase(shape[0], shape[1], shape[2], shape[3], shape[4],
        shape[5], shape[6], shape[7]);

    ConvolutionCase.Result result = convolution.engineUnderNanFill(manager);

    assertThat(convolution.outputError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.inputGradientError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.weightGradientError(result)).isLessThan(convolution.tolerance());
  }

  @Test
  void threeOutputChannelsGiveAnInputGradientThatReadsUnwrittenMemory() {
    ConvolutionCase convolution = new ConvolutionCase(2, 16, 3, 3, 1, 1, 1, 11);

    ConvolutionCase.Result result = convolution.engineUnderNanFill(manager);

    assertThat(convolution.outputError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.inputGradientError(result)).isNaN();
  }

  @Test
  void theConditionalDiscriminatorsImagePlusLabelPlanesInputGivesAWrongForwardOutput() {
    ConvolutionCase convolution = new ConvolutionCase(2, 11, 64, 4, 2, 1, 1, 28);

    ConvolutionCase.Result result = convolution.engine(manager);

    assertThat(convolution.outputError(result)).isGreaterThan(0.5);
    assertThat(convolution.inputGradientError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.weightGradientError(result)).isLessThan(convolution.tolerance());
  }

  @Test
  void aStridedInputGradientIsWrongWithBothChannelCountsOnTheBlock() {
    ConvolutionCase wrong = new ConvolutionCase(2, 80, 16, 4, 2, 1, 1, 32);
    ConvolutionCase right = new ConvolutionCase(2, 80, 16, 4, 2, 1, 1, 16);

    ConvolutionCase.Result wrongResult = wrong.engine(manager);
    ConvolutionCase.Result rightResult = right.engine(manager);

    assertThat(wrong.outputError(wrongResult)).isLessThan(wrong.tolerance());
    assertThat(wrong.weightGradientError(wrongResult)).isLessThan(wrong.tolerance());
    assertThat(wrong.inputGradientError(wrongResult)).isGreaterThan(0.5);
    assertThat(right.inputGradientError(rightResult)).isLessThan(right.tolerance());
  }
}
