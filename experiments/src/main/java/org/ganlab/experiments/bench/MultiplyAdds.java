package org.ganlab.experiments.bench;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import org.ganlab.core.nn.ResizeConv2d;
import org.ganlab.core.nn.TransposedConv2d;

/**
 * Counts the multiply-adds of one forward pass from layer shapes: linear layers (B·in·out),
 * convolutions (B·out·H_out·W_out·in·k²), transposed convolutions (B·in·out·H_in·W_in·k², the
 * operation's own arithmetic, not the few percent more that its phase form computes at the borders) and
 * resize-convolutions. Normalisation and activations are not counted; they are a few percent at most.
 */
public final class MultiplyAdds {

  private MultiplyAdds() {}

  /**
   * Counts a block's multiply-adds.
   *
   * @param block an initialised block (a sequence of layers, or a layer)
   * @param input the input shape, batch first
   * @return multiply-adds of one forward pass
   */
  public static long of(Block block, Shape input) {
    if (block instanceof SequentialBlock sequence) {
      long total = 0;
      Shape shape = input;
      for (Block child : sequence.getChildren().values()) {
        total += of(child, shape);
        shape = child.getOutputShapes(new Shape[] {shape})[0];
      }
      return total;
    }
    Shape output = block.getOutputShapes(new Shape[] {input})[0];
    if (block instanceof Linear) {
      return input.get(0) * (input.size() / input.get(0)) * output.get(output.dimension() - 1);
    }
    if (block instanceof Conv2d) {
      Shape weight = block.getParameters().get("weight").getArray().getShape();
      return output.size() * weight.get(1) * weight.get(2) * weight.get(3);
    }
    if (block instanceof TransposedConv2d transposed) {
      return transposed.multiplyAdds(input);
    }
    if (block instanceof ResizeConv2d resize) {
      return resize.multiplyAdds(input);
    }
    return 0;
  }
}
