package org.ganlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The channel rule that every sampled shape obeyed with oneDNN on at {@code ONEDNN_MAX_CPU_ISA=AVX2}:
 * output channels a multiple of 16 and input channels fewer than the vector block (8) or a multiple of
 * 32 give exact forward outputs and gradients, even with every new allocation NaN-filled. A sampled
 * grid is evidence, not proof: the strided input-gradient fault of {@link OneDnnConvolutionsTest}
 * depends on the input size, so a size or count between the ones tried may still be wrong. Slow (a few
 * minutes of direct sums); run it before trusting the rule for a speed-up.
 */
@Tag("slow")
class OneDnnChannelRuleSweepTest {
  private static NDManager manager;

  @BeforeAll
  static void setUp() {
    assumeTrue("AVX2".equals(System.getenv("ONEDNN_MAX_CPU_ISA")),
        "the rule was found at ONEDNN_MAX_CPU_ISA=AVX2, which surefire sets");
    EngineSetup.applyThreads(1);
    NativeConvolutions.setOneDnn(true);
    manager = NDManager.newBaseManager();
  }

  @AfterAll
  static void tearDown() {
    NativeConvolutions.use();
    if (manager != null) {
      manager.close();
    }
  }

  static List<ConvolutionCase> shapesObeyingTheRule() {
    List<ConvolutionCase> shapes = new ArrayList<>();
    for (int in : new int[] {1, 3, 7, 32, 64, 96, 128, 192}) {
      for (int out : new int[] {16, 64}) {
        for (int kernel : new int[] {3, 4}) {
          for (int stride : new int[] {1, 2}) {
            for (int size : new int[] {6, 11, 24, 32}) {
              shapes.add(new ConvolutionCase(2, in, out, kernel, stride, 1, 1, size));
            }
          }
        }
      }
    }
    return shapes;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapesObeyingTheRule")
  void isExactWhenEveryNewAllocationHoldsNan(ConvolutionCase convolution) {
    ConvolutionCase.Result result = convolution.engineUnderNanFill(manager);

    assertThat(convolution.outputError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.inputGradientError(result)).isLessThan(convolution.tolerance());
    assertThat(convolution.weightGradientError(result)).isLessThan(convolution.tolerance());
  }
}
