package org.ganlab.core.config;

import java.util.List;
import org.ganlab.core.engine.IsaLevel;

/**
 * The {@code runtime:} section. The intra-op thread count and the instruction-set level change
 * floating-point results, so both are part of the run's identity and never derived from the machine or
 * from {@code --jobs}.
 *
 * @param threads libtorch intra-op threads
 * @param device {@code cpu} or {@code gpu}
 * @param isa the instruction-set level the numeric libraries are pinned to, one of
 *     {@link IsaLevel#names()}: {@code avx2} (default, the same numbers on every x86 machine with AVX2),
 *     {@code avx512}, or {@code native} (fastest, numbers tied to this CPU)
 */
public record RuntimeConfig(int threads, String device, String isa) {

  /** The valid values of {@code runtime.device}. */
  public static final List<String> DEVICES = List.of("cpu", "gpu");

  /** Checks each field. */
  public RuntimeConfig {
    Checks checks = new Checks();
    checks.inRange("runtime.threads", threads, 1, 256);
    checks.oneOf("runtime.device", device, DEVICES);
    checks.oneOf("runtime.isa", isa, IsaLevel.names());
    checks.done();
  }

  /**
   * Returns the pinned level.
   *
   * @return the level {@code isa} names
   */
  public IsaLevel isaLevel() {
    return IsaLevel.of(isa);
  }
}
