package org.ganlab.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeConvolutions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transposed convolution against PyTorch's {@code conv_transpose2d}: output and the gradients of
 * {@code sum(out · g)} with respect to input, weight and bias, recorded by
 * {@code transposed-conv/make_fixture.py} for strides 1 and 2, kernels 3 and 4, paddings 0 and 1 and
 * output padding 1, on a non-square batch of two.
 */
class TransposedConv2dPyTorchTest {

  private static final String FIXTURE = "/transposed-conv/conv_transpose2d.json";
  private static final float TOLERANCE = 1e-5f;

  @BeforeAll
  static void nativeConvolutions() {
    NativeConvolutions.use();
  }

  static List<JsonNode> cases() throws IOException {
    try (InputStream in = TransposedConv2dPyTorchTest.class.getResourceAsStream(FIXTURE)) {
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).get("cases").forEach(cases::add);
      return cases;
    }
  }

  @ParameterizedTest(name = "case {index}")
  @MethodSource("cases")
  void matchesPyTorchOutputAndGradients(JsonNode fixture) {
    try (NDManager manager = NDManager.newBaseManager()) {
      Shape inputShape = shape(fixture.get("input_shape"));
      Shape outputShape = shape(fixture.get("output_shape"));
      TransposedConv2d block =
          TransposedConv2d.builder()
              .kernel(fixture.get("kernel").asInt())
              .stride(fixture.get("stride").asInt())
              .padding(fixture.get("padding").asInt())
              .outputPadding(fixture.get("output_padding").asInt())
              .channels((int) outputShape.get(1))
              .build();
      block.initialize(manager, DataType.FLOAT32, inputShape);
      NDArray weight = block.getParameters().get("weight").getArray();
      NDArray bias = block.getParameters().get("bias").getArray();
      weight.set(floats(fixture.get("weight")));
      bias.set(floats(fixture.get("bias")));
      NDArray x = manager.create(floats(fixture.get("x")), inputShape);
      NDArray g = manager.create(floats(fixture.get("g")), outputShape);
      x.setRequiresGradient(true);
      Autograd.zeroGradients(List.of(x, weight, bias));
      NDArray out;
      try (Autograd.Recording recording = Autograd.record()) {
        out = block.forward(new ParameterStore(manager, false), new NDList(x), true)
            .singletonOrThrow();
        Autograd.backward(out.mul(g).sum());
      }
      assertThat(block.getOutputShapes(new Shape[] {inputShape})[0]).isEqualTo(outputShape);
      assertThat(out.getShape()).isEqualTo(outputShape);
      assertClose(out, fixture.get("out"));
      assertClose(x.getGradient(), fixture.get("grad_x"));
      assertClose(weight.getGradient(), fixture.get("grad_weight"));
      assertClose(bias.getGradient(), fixture.get("grad_bias"));
    }
  }

  private static void assertClose(NDArray actual, JsonNode expected) {
    assertThat(actual.toFloatArray()).containsExactly(floats(expected), within(TOLERANCE));
  }

  private static Shape shape(JsonNode node) {
    long[] dims = new long[node.size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = node.get(i).asLong();
    }
    return new Shape(dims);
  }

  private static float[] floats(JsonNode node) {
    float[] values = new float[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) node.get(i).asDouble();
    }
    return values;
  }
}
