package org.ganlab.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.Provenance;
import org.junit.jupiter.api.Test;

/** A native run needs a CPU with the same instruction sets; a pinned run does not. */
class IsaDriftTest {

  private static Provenance on(List<String> flags, String isa) {
    return new Provenance(2, "0.2.0", "abc123", 2, "f00d", 42L, "derivation", "vanilla",
        Map.of("source", "ring8"), "17", "0.35.1", "PyTorch 2.7.1", "Linux", "Some CPU", flags, 1,
        isa, Map.of(), "cpu", "2025-01-01T00:00:00Z", null, "running", "", 0, 0);
  }

  private static ObjectNode recorded(Provenance provenance) {
    return ConfigJson.json().valueToTree(provenance);
  }

  private static final List<String> AVX512 = List.of("avx", "avx2", "avx512bw", "avx512f", "fma");
  private static final List<String> AVX2 = List.of("avx", "avx2", "fma");

  @Test
  void aNativeRunOnACpuWithoutItsAvx512IsRefusedNamingTheField() {
    assertThat(IsaDrift.refusal(recorded(on(AVX512, "native")), on(AVX2, "native")))
        .hasValueSatisfying(line -> assertThat(line).startsWith("cpu_flags: ")
            .contains("runtime.isa native").contains("lacks [avx512bw, avx512f]"));
  }

  @Test
  void aNativeRunOnACpuWithMoreInstructionSetsIsRefusedToo() {
    assertThat(IsaDrift.refusal(recorded(on(AVX2, "native")), on(AVX512, "native")))
        .hasValueSatisfying(line -> assertThat(line).contains("adds [avx512bw, avx512f]"));
  }

  @Test
  void aNativeRunOnTheSameFlagsAndAPinnedRunOnAnyCpuGoAhead() {
    assertThat(IsaDrift.refusal(recorded(on(AVX512, "native")), on(AVX512, "native"))).isEmpty();
    assertThat(IsaDrift.refusal(recorded(on(AVX512, "avx2")), on(AVX2, "avx2"))).isEmpty();
  }

  @Test
  void pinnedRunsDoNotWarnAboutCpuFlags() {
    assertThat(EnvironmentDrift.between(recorded(on(AVX512, "avx2")), on(AVX2, "avx2"))).isEmpty();
  }
}
