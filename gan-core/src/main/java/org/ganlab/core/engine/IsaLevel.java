package org.ganlab.core.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruction-set level a run's numeric code is pinned to ({@code runtime.isa}). libtorch's BLAS
 * (oneMKL), its convolutions (oneDNN) and ATen's own kernels each choose a code path by the CPU's
 * instruction set, and different paths round differently; each library reads a switch from the
 * environment when it loads, which caps or fixes that choice:
 *
 * <ul>
 *   <li>{@code MKL_CBWR}: oneMKL's conditional numerical reproducibility. Only {@code COMPATIBLE} is
 *       honoured on every x86 vendor (the bundled oneMKL 2024.0 reports {@code CNR:AUTO} for
 *       {@code AVX2} or {@code AVX512} on AMD CPUs), so both pinned levels use it;
 *   <li>{@code ONEDNN_MAX_CPU_ISA}: the highest instruction set oneDNN's JIT kernels may use;
 *   <li>{@code ATEN_CPU_CAPABILITY}: which of ATen's compiled kernel sets runs.
 * </ul>
 *
 * <p>{@link #NATIVE} sets none of them: fastest, but the numbers belong to the CPU that made them.
 */
public enum IsaLevel {
  /** AVX2 with FMA (Haswell, Zen 1 and later): the common level of today's x86 machines. */
  AVX2("avx2", "AVX2", "avx2", List.of("avx2", "fma")),
  /** AVX-512 F/BW/VL/DQ (Skylake-X, Zen 4 and later), without AMX or VNNI extras. */
  AVX512("avx512", "AVX512_CORE", "avx512", List.of("avx512f", "avx512bw", "avx512vl", "avx512dq")),
  /** No pinning: each library takes the best path this CPU offers. */
  NATIVE("native", null, null, List.of());

  /** The environment variables the pinned levels set, in the order they are listed. */
  public static final List<String> VARIABLES =
      List.of("MKL_CBWR", "ONEDNN_MAX_CPU_ISA", "ATEN_CPU_CAPABILITY");

  private final String configName;
  private final String onednn;
  private final String aten;
  private final List<String> requiredFlags;

  IsaLevel(String configName, String onednn, String aten, List<String> requiredFlags) {
    this.configName = configName;
    this.onednn = onednn;
    this.aten = aten;
    this.requiredFlags = requiredFlags;
  }

  /**
   * Returns the names {@code runtime.isa} accepts.
   *
   * @return {@code [avx2, avx512, native]}
   */
  public static List<String> names() {
    return Arrays.stream(values()).map(IsaLevel::configName).toList();
  }

  /**
   * Finds a level by its config name.
   *
   * @param name e.g. {@code avx2}
   * @return the level
   * @throws IllegalArgumentException for an unknown name
   */
  public static IsaLevel of(String name) {
    return Arrays.stream(values()).filter(level -> level.configName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "runtime.isa must be one of " + names() + ", found " + name));
  }

  /**
   * Returns the level whose switches are exactly the ones set in an environment.
   *
   * @param environment e.g. {@link System#getenv()}
   * @return the level, or empty when the switches are set to a mix no level uses
   */
  public static Optional<IsaLevel> inEffect(Map<String, String> environment) {
    Map<String, String> set = switches(environment);
    return Arrays.stream(values()).filter(level -> level.environment().equals(set)).findFirst();
  }

  /**
   * Returns the values of the {@link #VARIABLES} that an environment sets.
   *
   * @param environment e.g. {@link System#getenv()}
   * @return variable to value, in {@link #VARIABLES} order, unset ones left out
   */
  public static Map<String, String> switches(Map<String, String> environment) {
    Map<String, String> set = new LinkedHashMap<>();
    VARIABLES.stream().filter(environment::containsKey)
        .forEach(name -> set.put(name, environment.get(name)));
    return set;
  }

  /**
   * Returns the name used in configs.
   *
   * @return e.g. {@code avx2}
   */
  public String configName() {
    return configName;
  }

  /**
   * Returns the environment a process must be started with to run at this level.
   *
   * @return variable to value in {@link #VARIABLES} order; empty for {@link #NATIVE}
   */
  public Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    if (onednn != null) {
      environment.put("MKL_CBWR", "COMPATIBLE");
      environment.put("ONEDNN_MAX_CPU_ISA", onednn);
      environment.put("ATEN_CPU_CAPABILITY", aten);
    }
    return environment;
  }

  /**
   * Sets this level's switches in the environment of a process about to start, removing any other
   * value of them.
   *
   * @param environment e.g. {@link ProcessBuilder#environment()}
   */
  public void applyTo(Map<String, String> environment) {
    VARIABLES.forEach(environment::remove);
    environment.putAll(environment());
  }

  /**
   * Returns the {@code /proc/cpuinfo} flags a CPU needs to run this level's code paths; without them
   * the libraries silently fall back to a lower level.
   *
   * @return e.g. {@code [avx2, fma]}; empty for {@link #NATIVE}
   */
  public List<String> requiredFlags() {
    return requiredFlags;
  }
}
