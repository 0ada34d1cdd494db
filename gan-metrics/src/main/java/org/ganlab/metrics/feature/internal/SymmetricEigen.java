package org.ganlab.metrics.feature.internal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/** Eigendecomposition of exactly symmetric matrices (Commons Math's tridiagonal QL algorithm). */
public final class SymmetricEigen {
  private final double[] values;
  private final double[][] vectors;

  private SymmetricEigen(double[] values, double[][] vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  /**
   * Decomposes {@code a = V diag(λ) Vᵀ}.
   *
   * @param a exactly symmetric matrix {@code [d][d]}
   * @return its eigenvalues and orthonormal eigenvectors
   */
  public static SymmetricEigen of(double[][] a) {
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a, false));
    return new SymmetricEigen(eigen.getRealEigenvalues(), eigen.getV().getData());
  }

  /**
   * Eigenvalues, in the order of the eigenvector columns.
   *
   * @return {@code λ [d]}
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Eigenvectors scaled by the square roots of their eigenvalues, negative eigenvalues clipped to 0:
   * {@code W = V diag(√max(λ, 0))}, so that {@code W Wᵀ = a} for a positive semi-definite {@code a}.
   *
   * @return {@code W [d][d]}
   */
  public double[][] scaledBySqrtValues() {
    double[] roots = new double[values.length];
    for (int j = 0; j < roots.length; j++) {
      roots[j] = Math.sqrt(Math.max(values[j], 0));
    }
    double[][] w = new double[vectors.length][roots.length];
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < roots.length; j++) {
        w[i][j] = vectors[i][j] * roots[j];
      }
    }
    return w;
  }
}
