package org.ganlab.core.engine;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Path;

/**
 * Keeps libtorch's convolutions off oneDNN, so that they run ATen's own kernels (im2col and a BLAS
 * matrix product): {@code at::globalContext().setUserEnabledMkldnn(false)}, what Python's
 * {@code torch.backends.mkldnn.enabled = False} does.
 *
 * <p>Why: on the machines ganlab runs on (AMD EPYC with AVX-512), the oneDNN 3.7.1 inside libtorch 2.7.1
 * computes wrong input gradients for float32 convolutions whose output-channel count is not a multiple
 * of its vector block, 16 channels with AVX-512 and 8 with AVX2 (every stride-1 one measured, and some
 * strided ones, such as 7×7 with stride 2). Such are CycleGAN's 8-channel layers, its 3-channel image
 * layer and its 1-channel patch output, and the stride-1 phase convolution inside
 * {@link org.ganlab.core.nn.TransposedConv2d} wherever it makes an image (s² channels per image channel). Its backward-data kernel works on the weights reordered
 * into a layout whose output-channel axis is padded up to the block; the gradient it returns is off by
 * as much as the gradient itself (the same wrong numbers in every process), and it also reads padding
 * lanes of that freshly allocated buffer which nothing wrote. Whatever bytes the heap left there are
 * multiplied by zero: nothing when they are a finite float, NaN when they happen to be a NaN or infinity
 * pattern, after which every parameter upstream is NaN at the next update. Those bytes depend on what the
 * memory held before (freed tensors, Java direct buffers freed after a garbage collection), so a run
 * diverges at a step that changes with collection timing and memory layout, or not at all. For those
 * layers the forward pass and the weight gradient are right; with oneDNN limited to SSE4.1, or off, the
 * input gradient is right too. The native kernels have none of the faults.
 *
 * <p>Padding channel counts up to the block would not make oneDNN safe ({@code OneDnnConvolutionsTest}
 * in the tests records its behaviour against direct sums): input-channel counts above the block but off
 * it (9, 11, 15, 17, 33 with AVX2; 17, 24, 33 with AVX-512) give a wrong forward output, off by about its
 * own size, which would hit the conditional convolutional discriminator's image-plus-label-planes input;
 * and some strided convolutions with both counts on the block give a wrong input gradient: 48, 80, 112
 * and 144 input channels at stride 2 with AVX-512, and 80 at stride 2 with AVX2 on 11, 20 and 32 px
 * inputs but not on 4, 8 or 16 px ones, so which layers are hit depends on image size too.
 *
 * <p>NNPACK, which libtorch then considers for every convolution, is turned off too
 * ({@code setUserEnabledNNPACK(false)}): on these machines it is unavailable, and every convolution would
 * print libtorch's warning about it; where it is available, it would take over some convolutions and give
 * other numbers than the native kernels.
 *
 * <p>The price is speed: measured on a 2-core AMD EPYC (AVX-512, one thread, busy machine), the DCGAN
 * step at batch 64, width 64 took 3.1 to 4.1 s against 0.34 to 0.80 s with oneDNN, and the tiny CycleGAN
 * of the tests 7 to 9 s against 6 s for 60 steps.
 */
public final class NativeConvolutions {
  private static final String GLOBAL_CONTEXT = "_ZN2at13globalContextEv";
  private static final String SET_ONEDNN = "_ZN2at7Context20setUserEnabledMkldnnEb";
  private static final String ONEDNN = "_ZNK2at7Context17userEnabledMkldnnEv";
  private static final String SET_NNPACK = "_ZN2at7Context20setUserEnabledNNPACKEb";
  private static final String NNPACK = "_ZNK2at7Context17userEnabledNNPACKEv";

  private NativeConvolutions() {}

  /**
   * Turns oneDNN and NNPACK off for this process's convolutions (idempotent); libtorch is loaded first
   * if it is not yet.
   *
   * @throws IllegalStateException if the loaded libtorch lacks the switches, or they did not take
   */
  public static synchronized void use() {
    setOneDnn(false);
    function(SET_NNPACK).invokeVoid(new Object[] {context(), false});
    if (oneDnnEnabled() || function(NNPACK).invokeInt(new Object[] {context()}) != 0) {
      throw new IllegalStateException("libtorch kept oneDNN or NNPACK on after they were turned off");
    }
  }

  /**
   * Returns whether libtorch may run convolutions with oneDNN.
   *
   * @return libtorch's {@code userEnabledMkldnn()}
   */
  public static boolean oneDnnEnabled() {
    return function(ONEDNN).invokeInt(new Object[] {context()}) != 0;
  }

  /**
   * Sets libtorch's oneDNN switch; for tests that show what oneDNN does.
   *
   * @param enabled whether oneDNN may run convolutions
   */
  static void setOneDnn(boolean enabled) {
    function(SET_ONEDNN).invokeVoid(new Object[] {context(), enabled});
  }

  private static Pointer context() {
    return function(GLOBAL_CONTEXT).invokePointer(new Object[0]);
  }

  private static Function function(String symbol) {
    Engine.getInstance();
    Path library = Path.of(LibUtils.getLibtorchPath(), System.mapLibraryName("torch_cpu"));
    try {
      return NativeLibrary.getInstance(library.toString()).getFunction(symbol);
    } catch (UnsatisfiedLinkError e) {
      throw new IllegalStateException("libtorch function " + symbol + " not found in " + library, e);
    }
  }
}
