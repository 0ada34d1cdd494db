package org.ganlab.core.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Moves Java values into arrays whose memory libtorch allocated, for bit-reproducible numbers across
 * processes. DJL's {@code NDManager.create(float[])} wraps a Java direct buffer ({@code from_blob}), and
 * {@code NDArray.set(Buffer)} and {@code copyTo} swap an array's storage for one: such memory is only
 * 16-byte aligned, at an address that differs from one process to the next, and libtorch's CPU matrix
 * products round differently with the alignment (a [32, 16] × [16, 2] product gives four different
 * results over sixteen alignments). Arrays made here are copies in libtorch's own 64-byte aligned memory,
 * and assignments copy into the target's existing memory.
 */
public final class NativeArrays {
  private static final NDIndex ALL = new NDIndex("...");

  private NativeArrays() {}

  /**
   * Creates an array from Java values in libtorch-allocated memory.
   *
   * @param manager the manager that owns the result
   * @param values row-major values
   * @param shape the shape
   * @return the array
   */
  public static NDArray create(NDManager manager, float[] values, Shape shape) {
    try (NDArray view = manager.create(values, shape)) {
      return view.duplicate();
    }
  }

  /**
   * Creates a float64 array from Java values in libtorch-allocated memory.
   *
   * @param manager the manager that owns the result
   * @param values row-major values
   * @param shape the shape
   * @return the array
   */
  public static NDArray create(NDManager manager, double[] values, Shape shape) {
    try (NDArray view = manager.create(values, shape)) {
      return view.duplicate();
    }
  }

  /**
   * Returns a float32 constant {@code []} in libtorch memory, owned by the manager of {@code like}. Use it
   * for the constants of differentiable arithmetic instead of DJL's {@code mul(Number)}, {@code
   * div(Number)}, {@code maximum(Number)} and the like: DJL wraps such a constant in a Java direct buffer
   * that it releases as soon as the operation returns, while autograd keeps the constant for the backward
   * pass, which then reads whatever the freed memory holds once the garbage collector has run (gradients
   * scaled by garbage). Constants whose value the backward pass does not need ({@code add}, {@code sub})
   * are safe either way.
   *
   * @param like an array whose manager owns the constant (the step's manager, so the constant lives
   *     until after the backward pass)
   * @param value the constant
   * @return a scalar array
   */
  public static NDArray scalar(NDArray like, float value) {
    return create(like.getManager(), new float[] {value}, new Shape());
  }

  /**
   * Hands an array computed from a parameter to the manager of the step's input. An operation's result
   * belongs to the manager of its first operand, and a parameter's manager is the model's, which lives
   * as long as the run: a reshaped or transposed weight made in every forward pass would otherwise never
   * be freed (with the autograd node it holds).
   *
   * @param derived the result of an operation on a parameter
   * @param input an array of the current step, whose manager takes {@code derived}
   * @return {@code derived}
   */
  public static NDArray scopedTo(NDArray derived, NDArray input) {
    derived.attach(input.getManager());
    return derived;
  }

  /**
   * Creates a 1-D int32 array (labels, indices) in libtorch-allocated memory.
   *
   * @param manager the manager that owns the result
   * @param values the values
   * @return the array {@code [values.length]}
   */
  public static NDArray create(NDManager manager, int[] values) {
    try (NDArray view = manager.create(values)) {
      return view.duplicate();
    }
  }

  /**
   * Copies an array's values into another of the same shape, in place: the target keeps its memory.
   *
   * @param target the array overwritten
   * @param source the values
   */
  public static void assign(NDArray target, NDArray source) {
    target.set(ALL, source);
  }

  /**
   * Copies Java values into an array, in place: the target keeps its memory.
   *
   * @param target the float32 array overwritten
   * @param values row-major values, as many as the target has
   */
  public static void assign(NDArray target, float[] values) {
    try (NDArray view = target.getManager().create(values, target.getShape())) {
      assign(target, view);
    }
  }

  /**
   * Moves an array's values into libtorch-allocated memory, keeping the array object (for parameters
   * that DJL loaded from a file into Java memory).
   *
   * @param array the array whose memory is replaced
   */
  public static void rehome(NDArray array) {
    array.intern(array.duplicate());
  }
}
