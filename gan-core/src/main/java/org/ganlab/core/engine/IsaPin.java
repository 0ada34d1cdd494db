package org.ganlab.core.engine;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ganlab.core.config.ConfigException;

/**
 * Checks that this process runs at the instruction-set level a run asks for. The libraries read their
 * switches once, when libtorch loads, and a running JVM cannot change its own environment, so a process
 * started at another level cannot switch: it refuses the run (exit 2) and says how to start it, rather
 * than silently producing numbers of another level. The launcher ({@code GANLAB_ISA}), the sweep's child
 * JVMs and the test JVMs start processes with the switches set.
 */
public final class IsaPin {

  private IsaPin() {}

  /**
   * Refuses a run whose level this process or this CPU cannot run.
   *
   * @param wanted the run's {@code runtime.isa}
   * @throws ConfigException naming {@code runtime.isa} when the process was started with other switches
   *     or the CPU lacks the level's instruction sets
   */
  public static void require(IsaLevel wanted) {
    Map<String, String> switches = IsaLevel.switches(System.getenv());
    Optional<IsaLevel> running = IsaLevel.inEffect(System.getenv());
    if (running.isEmpty() || running.get() != wanted) {
      throw new ConfigException("runtime.isa", "runtime.isa is " + wanted.configName()
          + ", but this process was started " + describe(running, switches)
          + ", which the libraries read once at start: start it with GANLAB_ISA=" + wanted.configName()
          + " ./ganlab ... (without the launcher: " + startWith(wanted) + ")"
          + ", or set runtime.isa: " + running.map(IsaLevel::configName).orElse("native"));
    }
    CpuInfo cpu = CpuInfo.current();
    if (!cpu.missing(wanted).isEmpty()) {
      throw new ConfigException("runtime.isa", "runtime.isa is " + wanted.configName()
          + ", but this CPU (" + cpu.model() + ") lacks " + String.join(", ", cpu.missing(wanted))
          + "; the libraries would silently fall back to another level: use runtime.isa: avx2 or native");
    }
  }

  /**
   * Returns the shell words that start a JVM at a level.
   *
   * @param level the level
   * @return e.g. {@code env MKL_CBWR=COMPATIBLE ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2 java}
   */
  static String startWith(IsaLevel level) {
    String unset = IsaLevel.VARIABLES.stream().filter(name -> !level.environment().containsKey(name))
        .map(name -> "-u " + name + " ").collect(Collectors.joining());
    String set = level.environment().entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue() + " ").collect(Collectors.joining());
    return "env " + unset + set + "java ...";
  }

  private static String describe(Optional<IsaLevel> running, Map<String, String> switches) {
    String values = switches.isEmpty() ? "none of " + IsaLevel.VARIABLES
        : switches.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
            .collect(Collectors.joining(" "));
    return running.map(level -> "with the " + level.configName() + " switches (" + values + ")")
        .orElse("with a mix of switches no level uses (" + values + ")");
  }
}
