package org.ganlab.metrics.feature.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ganlab.core.engine.NativeArrays;

/**
 * {@code Tr (Σa^½ Σb Σa^½)^½}, the trace term of the Fréchet distance, computed by libtorch's LAPACK in
 * float64 through the TorchScript module {@code trace_sqrt_product.pt} (written by
 * {@code make_trace_sqrt_product.py} beside it, whose docstring gives the method in full): DJL's
 * {@link NDArray} has no linear algebra.
 *
 * <p>Each covariance is factored {@code Σ = F Fᵀ}, by Cholesky when every pivot keeps more than
 * {@code d·eps} of its variance, otherwise (numerically singular: fewer samples than dimensions, dead
 * units, a Cholesky that succeeded through rounding alone) by an eigendecomposition of its correlation
 * matrix with the eigenvalues that rounding can produce ({@code ≤ d·eps·λmax}) dropped. The result is
 * the sum of the singular values of {@code M = Fbᵀ Fa}. When both Cholesky factorisations keep more
 * than {@code 1e-6} of every feature's variance, it is instead the sum of the square roots of the
 * eigenvalues of {@code Mᵀ M}: about twice as fast, and within about {@code 1e-10} relative. As LAPACK
 * does, only the lower triangles of the covariances are read. At {@code d = 2048} a call took 1.4 to
 * 1.7 s on two threads of a shared two-core machine (about 2.3 s on one thread), against about four
 * minutes for Commons Math's eigensolver.
 *
 * <p>The module is loaded once per JVM; each call's arrays live in a sub-manager closed on return. It
 * runs on libtorch's intra-op threads as the engine is set up (see {@code EngineSetup}).
 */
public final class TraceOfSqrtProduct {

  private static final String RESOURCE = "trace_sqrt_product.pt";

  private TraceOfSqrtProduct() {}

  /**
   * Computes {@code Tr (Σa^½ Σb Σa^½)^½}.
   *
   * @param sigmaA symmetric positive semi-definite {@code [d][d]}; its lower triangle is read
   * @param sigmaB symmetric positive semi-definite {@code [d][d]}; its lower triangle is read
   * @return the trace of the matrix square root, in the units of the features
   */
  public static double of(double[][] sigmaA, double[][] sigmaB) {
    try (NDManager call = Module.MANAGER.newSubManager()) {
      NDList inputs = new NDList(square(call, sigmaA), square(call, sigmaB));
      return IValueUtils.forward(Module.INSTANCE, inputs, false).singletonOrThrow().getDouble();
    }
  }

  private static NDArray square(NDManager manager, double[][] matrix) {
    int d = matrix.length;
    double[] flat = new double[d * d];
    for (int i = 0; i < d; i++) {
      System.arraycopy(matrix[i], 0, flat, i * d, d);
    }
    return NativeArrays.create(manager, flat, new Shape(d, d));
  }

  /** Loads the module once per JVM, on first use (class initialisation is thread-safe). */
  private static final class Module {
    static final PtNDManager MANAGER = (PtNDManager) NDManager.newBaseManager("PyTorch");
    static final PtSymbolBlock INSTANCE = load();

    private static PtSymbolBlock load() {
      try (InputStream in = TraceOfSqrtProduct.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " next to "
              + TraceOfSqrtProduct.class);
        }
        return JniUtils.loadModule(MANAGER, in, true, false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + RESOURCE, e);
      }
    }
  }
}
