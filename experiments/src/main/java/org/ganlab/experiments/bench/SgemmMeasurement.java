package org.ganlab.experiments.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.function.DoubleSupplier;

/**
 * Times one single-precision n×n by n×n matrix product through libtorch at the process's current
 * thread count: the arithmetic rate this machine reaches at best, against which {@code ganlab bench}
 * puts a step's rate. Both factors are filled with 0.5, so every entry of the product is n / 4; the value
 * a run reports is its first entry. Closing it frees the factors.
 */
final class SgemmMeasurement implements Measurement, AutoCloseable {
  private final int size;
  private NDManager manager;

  /**
   * Defines the measurement.
   *
   * @param size n, at least 1
   */
  SgemmMeasurement(int size) {
    this.size = size;
  }

  /**
   * Returns the floating-point operations of one product, 2·n³.
   *
   * @return the FLOPs
   */
  long flops() {
    return 2L * size * size * size;
  }

  @Override
  public String name() {
    return "sgemm " + size + "x" + size;
  }

  @Override
  public DoubleSupplier prepare() {
    manager = NDManager.newBaseManager();
    NDArray a = manager.full(new Shape(size, size), 0.5f, DataType.FLOAT32);
    NDArray b = manager.full(new Shape(size, size), 0.5f, DataType.FLOAT32);
    return () -> {
      try (NDArray product = a.matMul(b)) {
        return product.getFloat(0, 0);
      }
    };
  }

  @Override
  public void close() {
    if (manager != null) {
      manager.close();
    }
  }
}
