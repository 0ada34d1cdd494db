package org.ganlab.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.core.engine.IsaLevel;
import org.ganlab.core.io.Provenance;

/**
 * Decides whether a run's numbers can be reproduced on this CPU, from the instruction-set level it was
 * pinned to ({@code isa}) and the two CPUs' instruction-set flags ({@code cpu_flags}). A pinned run
 * ({@code avx2}, {@code avx512}) takes the same code paths on every CPU that has its level, and a CPU
 * without it is refused before training ({@code IsaPin}), so its flags do not matter. A {@code native}
 * run took the best paths of the CPU that made it: on a CPU with other flags the libraries take other
 * paths and its numbers cannot be expected, so the reproduction is refused.
 */
public final class IsaDrift {

  private IsaDrift() {}

  /**
   * Returns why a run cannot be reproduced on this CPU, if it cannot.
   *
   * @param recorded the run's {@code provenance.json}
   * @param current what a run of the same config would record here and now
   * @return one line naming {@code cpu_flags}, the level and the flags that differ; empty when the
   *     reproduction can go ahead
   */
  public static Optional<String> refusal(JsonNode recorded, Provenance current) {
    String level = recorded.path("isa").asText(IsaLevel.NATIVE.configName());
    if (!IsaLevel.NATIVE.configName().equals(level)) {
      return Optional.empty();
    }
    List<String> before = new ArrayList<>();
    recorded.path("cpu_flags").forEach(flag -> before.add(flag.asText()));
    List<String> lacks = missing(before, current.cpuFlags());
    List<String> adds = missing(current.cpuFlags(), before);
    if (lacks.isEmpty() && adds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("cpu_flags: the run was made with runtime.isa native, and this CPU's instruction"
        + " sets differ from the recorded ones (" + (lacks.isEmpty() ? "" : "lacks " + lacks)
        + (lacks.isEmpty() || adds.isEmpty() ? "" : ", ") + (adds.isEmpty() ? "" : "adds " + adds)
        + "), so the libraries take other code paths and the numbers cannot match; reproduce it on a"
        + " CPU with the recorded cpu_flags (runs pinned with runtime.isa avx2 reproduce on any AVX2 CPU)");
  }

  private static List<String> missing(List<String> wanted, List<String> present) {
    return wanted.stream().filter(flag -> !present.contains(flag)).toList();
  }
}
