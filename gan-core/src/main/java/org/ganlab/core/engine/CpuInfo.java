package org.ganlab.core.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The processor as {@code /proc/cpuinfo} describes it: its model name and the instruction-set flags that
 * decide which code paths libtorch's libraries take ({@code avx*}, {@code amx*}, {@code fma}).
 *
 * @param model the first {@code model name}, or the JVM's {@code os.arch} where there is none
 * @param isaFlags the numeric instruction-set flags, sorted
 */
public record CpuInfo(String model, List<String> isaFlags) {
  private static final Path CPUINFO = Path.of("/proc/cpuinfo");

  /** Copies the flags. */
  public CpuInfo {
    isaFlags = List.copyOf(isaFlags);
  }

  /**
   * Reads this machine's processor.
   *
   * @return model and flags; no flags where {@code /proc/cpuinfo} cannot be read
   */
  public static CpuInfo current() {
    try {
      return parse(Files.readAllLines(CPUINFO));
    } catch (IOException e) {
      return new CpuInfo(System.getProperty("os.arch"), List.of());
    }
  }

  /**
   * Reads the first processor of a {@code /proc/cpuinfo} text.
   *
   * @param lines its lines
   * @return model and flags
   */
  static CpuInfo parse(List<String> lines) {
    String model = value(lines, "model name");
    String flags = value(lines, "flags");
    return new CpuInfo(model == null ? System.getProperty("os.arch") : model,
        flags == null ? List.of() : Arrays.stream(flags.split("\\s+"))
            .filter(CpuInfo::numeric).sorted().distinct().toList());
  }

  /**
   * Returns the flags of a level this CPU lacks.
   *
   * @param level the level to check
   * @return the missing flags; empty when the CPU can run the level
   */
  public List<String> missing(IsaLevel level) {
    return level.requiredFlags().stream().filter(flag -> !isaFlags.contains(flag)).toList();
  }

  private static boolean numeric(String flag) {
    return flag.startsWith("avx") || flag.startsWith("amx") || flag.equals("fma");
  }

  private static String value(List<String> lines, String key) {
    return lines.stream()
        .filter(line -> line.startsWith(key) && line.indexOf(':') > 0
            && line.substring(0, line.indexOf(':')).trim().equals(key))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst().orElse(null);
  }
}
