package org.ganlab.core.config;

import java.util.List;

/**
 * The {@code runtime:} section. The intra-op thread count changes floating-point results, so it is part
 * of the run's identity and never derived from the machine or from {@code --jobs}.
 *
 * @param threads libtorch intra-op threads
 * @param device {@code cpu} or {@code gpu}
 */
public record RuntimeConfig(int threads, String device) {

  /** The valid values of {@code runtime.device}. */
  public static final List<String> DEVICES = List.of("cpu", "gpu");

  /** Checks each field. */
  public RuntimeConfig {
    Checks checks = new Checks();
    checks.inRange("runtime.threads", threads, 1, 256);
    checks.oneOf("runtime.device", device, DEVICES);
    checks.done();
  }
}
