package org.ganlab.metrics.extract;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.jni.IValue;
import java.util.List;

/**
 * Reads what a TorchScript extractor returned: a tensor {@code [N, d]} (features only), or a tuple or
 * list of two tensors, features {@code [N, d]} and logits {@code [N, C]}, whose softmax gives the class
 * probabilities. Anything else is refused with a message that names what the module returned.
 */
final class TorchscriptOutput {

  private static final String EXPECTED = "expected a Tensor [N, d] (features) or a tuple or list of two"
      + " tensors (features [N, d], logits [N, C])";

  private TorchscriptOutput() {}

  /**
   * Converts a module's output to features and probabilities.
   *
   * @param output what the module's forward returned
   * @param manager the manager that takes the output tensors
   * @param rows the number of images given to the module
   * @param module the module's name, for messages
   * @return features {@code [rows, d]} and probabilities {@code [rows, C]} (null without logits)
   * @throws IllegalArgumentException when the output has another structure or shape
   */
  static Extraction read(IValue output, PtNDManager manager, int rows, String module) {
    List<NDArray> tensors = tensors(output, manager, module);
    double[][] features = matrix(tensors.get(0), rows, module, "features");
    if (tensors.size() == 1) {
      return new Extraction(features, null);
    }
    double[][] probabilities = matrix(tensors.get(1), rows, module, "logits");
    for (double[] row : probabilities) {
      softmaxInPlace(row);
    }
    return new Extraction(features, probabilities);
  }

  private static List<NDArray> tensors(IValue output, PtNDManager manager, String module) {
    if (output.isTensor()) {
      return List.of(output.toTensor(manager));
    }
    if (output.isTensorList()) {
      PtNDArray[] parts = output.toTensorArray(manager);
      if (parts.length == 2) {
        return List.of(parts);
      }
    } else if (output.isTuple()) {
      IValue[] parts = output.toIValueTuple();
      try {
        if (parts.length == 2 && parts[0].isTensor() && parts[1].isTensor()) {
          return List.of(parts[0].toTensor(manager), parts[1].toTensor(manager));
        }
      } finally {
        for (IValue part : parts) {
          part.close();
        }
      }
    }
    throw new IllegalArgumentException(
        "TorchScript module " + module + " returned " + output.getType() + "; " + EXPECTED);
  }

  private static double[][] matrix(NDArray tensor, int rows, String module, String role) {
    Shape shape = tensor.getShape();
    if (shape.dimension() != 2 || shape.get(0) != rows || shape.get(1) < 1) {
      throw new IllegalArgumentException("TorchScript module " + module + " returned " + role
          + " of shape " + shape + " for " + rows + " images; expected [" + rows + ", n], n >= 1"
          + " (flatten them in the module, e.g. x.flatten(1))");
    }
    int columns = Math.toIntExact(shape.get(1));
    double[] flat = tensor.toType(DataType.FLOAT64, false).toDoubleArray();
    double[][] matrix = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(flat, i * columns, matrix[i], 0, columns);
    }
    return matrix;
  }

  /**
   * Replaces logits by their softmax, computed in float64 after subtracting the largest logit.
   *
   * @param logits one row of logits; overwritten with probabilities that sum to 1
   */
  static void softmaxInPlace(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logits) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      logits[i] = StrictMath.exp(logits[i] - max);
      sum += logits[i];
    }
    for (int i = 0; i < logits.length; i++) {
      logits[i] /= sum;
    }
  }
}
