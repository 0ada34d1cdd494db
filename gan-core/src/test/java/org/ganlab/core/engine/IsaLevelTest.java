package org.ganlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.RuntimeConfig;
import org.junit.jupiter.api.Test;

/** The level table, how a process's level is read from its environment, and the CPU flags. */
class IsaLevelTest {

  @Test
  void eachLevelSetsExactlyItsSwitches() {
    assertThat(IsaLevel.AVX2.environment()).containsExactly(Map.entry("MKL_CBWR", "COMPATIBLE"),
        Map.entry("ONEDNN_MAX_CPU_ISA", "AVX2"), Map.entry("ATEN_CPU_CAPABILITY", "avx2"));
    assertThat(IsaLevel.NATIVE.environment()).isEmpty();
    Map<String, String> environment = new HashMap<>(Map.of("MKL_CBWR", "AUTO", "PATH", "/bin"));
    IsaLevel.NATIVE.applyTo(environment);
    assertThat(environment).containsExactly(Map.entry("PATH", "/bin"));
    IsaLevel.AVX512.applyTo(environment);
    assertThat(IsaLevel.inEffect(environment)).contains(IsaLevel.AVX512);
  }

  @Test
  void theLauncherSetsTheSameSwitchesForEachLevel() throws Exception {
    List<String> launcher = Files.readAllLines(Path.of("..", "ganlab"));
    for (IsaLevel level : IsaLevel.values()) {
      String exports = level.environment().entrySet().stream()
          .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(" "));
      String line = "  " + level.configName() + ")"
          + (exports.isEmpty() ? " ;;" : " export " + exports + " ;;");
      assertThat(launcher).as("the launcher's case for " + level.configName()).contains(line);
    }
  }

  @Test
  void aMixOfSwitchesIsNoLevel() {
    assertThat(IsaLevel.inEffect(Map.of())).contains(IsaLevel.NATIVE);
    assertThat(IsaLevel.inEffect(Map.of("MKL_CBWR", "COMPATIBLE"))).isEmpty();
  }

  @Test
  void theTestJvmRunsAtTheDefaultLevel() {
    assertThat(IsaLevel.inEffect(System.getenv())).contains(IsaLevel.AVX2);
  }

  @Test
  void aRunAtAnotherLevelIsRefusedNamingTheField() {
    assertThatThrownBy(() -> IsaPin.require(IsaLevel.NATIVE)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("runtime.isa is native, but this process was started with the avx2 switches")
        .hasMessageContaining("GANLAB_ISA=native");
  }

  @Test
  void anUnknownLevelNamesTheAllowedOnes() {
    assertThatThrownBy(() -> new RuntimeConfig(1, "cpu", "avx3"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("runtime.isa must be one of avx2, avx512, native, found 'avx3'; did you mean"
            + " 'avx2'?");
  }

  @Test
  void cpuFlagsAreTheNumericOnesSorted() {
    CpuInfo cpu = CpuInfo.parse(List.of("processor\t: 0", "model name\t: Some CPU",
        "flags\t\t: fpu sse2 avx2 fma avx avx512f amx_tile avx512bw sse4_2", "processor\t: 1",
        "flags\t\t: other"));

    assertThat(cpu.model()).isEqualTo("Some CPU");
    assertThat(cpu.isaFlags()).containsExactly("amx_tile", "avx", "avx2", "avx512bw", "avx512f", "fma");
    assertThat(cpu.missing(IsaLevel.AVX2)).isEmpty();
    assertThat(cpu.missing(IsaLevel.AVX512)).containsExactly("avx512vl", "avx512dq");
  }
}
