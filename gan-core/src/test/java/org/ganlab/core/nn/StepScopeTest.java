package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ganlab.core.testing.StepScopeGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A training step or an evaluation pass of any of gan-core's custom layers leaves nothing in the
 * model's manager ({@link StepScopeGuard}). The transposed convolution's flipped kernel once stayed in
 * the model's manager, and a 12,000-step conditional run grew to 23 GB. A second test keeps the list
 * complete: every concrete {@link Block} of this package must be in it.
 */
class StepScopeTest {
  private static final Shape IMAGES = new Shape(2, 4, 5, 5);

  static Stream<Arguments> layers() {
    return Stream.of(
        Arguments.of(TransposedConv2d.builder().kernel(4).stride(2).padding(1).channels(3)
            .bias(true).build(), IMAGES),
        Arguments.of(InstanceNorm.builder().affine(true).build(), IMAGES),
        Arguments.of(InstanceNorm.builder().affine(false).build(), IMAGES),
        Arguments.of(SpectralNormConv2d.builder().setKernel(3).setFilters(3).optPadding(1)
            .optSeed(7).build(), IMAGES),
        Arguments.of(SpectralNormLinear.builder().setUnits(3).optSeed(7).build(), new Shape(2, 6)),
        Arguments.of(ResizeConv2d.builder().kernel(3).channels(3).bias(true).factor(2).build(),
            IMAGES),
        Arguments.of(new ParametricRelu(), IMAGES),
        Arguments.of(PixelShuffle.builder().factor(2).build(), IMAGES),
        Arguments.of(ReflectionPad2d.builder().padding(1).build(), IMAGES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layers")
  void trainingAndEvaluationLeaveTheModelManagerAsItWas(Block block, Shape input) {
    StepScopeGuard.assertStepsLeaveTheModelManagerAsItWas(block, input);
  }

  @Test
  void everyConcreteBlockOfThePackageIsGuarded() {
    Set<String> guarded = new TreeSet<>();
    layers().forEach(arguments -> guarded.add(arguments.get()[0].getClass().getSimpleName()));

    assertThat(guarded).containsExactlyElementsOf(StepScopeGuard.concreteBlocks("org.ganlab.core.nn")
        .stream().map(Class::getSimpleName).toList());
  }
}
