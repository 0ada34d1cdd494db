package org.ganlab.core.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.ganlab.core.config.RuntimeConfig;

/**
 * Puts the PyTorch engine in the state a run's config asks for: its instruction-set level and intra-op
 * thread count (both change floating-point results, so they are part of the run) and its device; and in
 * the state every run needs: convolutions on libtorch's native kernels ({@link NativeConvolutions}).
 */
public final class EngineSetup {

  private EngineSetup() {}

  /**
   * Checks the run's instruction-set level ({@link IsaPin#require}) and sets its thread count
   * ({@link #applyThreads}).
   *
   * @param runtime the run's {@code runtime:} section
   * @throws org.ganlab.core.config.ConfigException when this process runs at another level
   */
  public static void apply(RuntimeConfig runtime) {
    IsaPin.require(runtime.isaLevel());
    applyThreads(runtime.threads());
  }

  /**
   * Sets libtorch's intra-op thread count for this process (inter-op stays 1). It is set every time,
   * even when libtorch already reports that count: the report comes from OpenMP (e.g. from
   * {@code OMP_NUM_THREADS}), and only an explicit call also sets the math library's own pool, whose
   * size changes results. It also takes convolutions off oneDNN, whose input gradients are wrong, and
   * sometimes NaN, on the machines ganlab runs on ({@link NativeConvolutions}): every entry point that
   * trains or evaluates calls this first.
   *
   * @param threads {@code runtime.threads}
   */
  public static void applyThreads(int threads) {
    Engine.getInstance();
    NativeConvolutions.use();
    JniUtils.setNumThreads(threads);
  }

  /**
   * Returns the current intra-op thread count.
   *
   * @return libtorch's thread count
   */
  public static int threads() {
    Engine.getInstance();
    return JniUtils.getNumThreads();
  }

  /**
   * Maps {@code runtime.device} to a DJL device.
   *
   * @param device {@code cpu} or {@code gpu}
   * @return the device
   */
  public static Device device(String device) {
    return "gpu".equals(device) ? Device.gpu() : Device.cpu();
  }

  /**
   * Returns the DJL version.
   *
   * @return e.g. 0.35.1
   */
  public static String djlVersion() {
    return Engine.getDjlVersion();
  }

  /**
   * Returns the libtorch version.
   *
   * @return e.g. 2.7.1
   */
  public static String engineVersion() {
    return Engine.getInstance().getVersion();
  }
}
