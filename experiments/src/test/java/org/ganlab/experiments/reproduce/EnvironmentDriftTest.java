package org.ganlab.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.Provenance;
import org.junit.jupiter.api.Test;

class EnvironmentDriftTest {

  private static final Provenance CURRENT = new Provenance(1, "0.2.0", "abc123", 2, "f00d", 42L,
      "derivation", "vanilla", Map.of("source", "ring8", "path", ""), "17.0.12 (Debian)", "0.35.1",
      "PyTorch 2.7.1", "Linux 6.1 amd64", "Some CPU, 2 logical cores", List.of("avx", "avx2", "fma"), 1, "avx2",
      Map.of("MKL_CBWR", "COMPATIBLE"), "cpu",
      "2025-01-01T00:00:00Z", null, "running", "", 0, 0);

  /** The record as read back from provenance.json, where small longs come back as ints. */
  private static ObjectNode recorded() throws Exception {
    return (ObjectNode) ConfigJson.json().readTree(ConfigJson.json().writeValueAsString(CURRENT));
  }

  @Test
  void aRecordReadBackFromDiskDoesNotDriftFromItself() throws Exception {
    assertThat(EnvironmentDrift.between(recorded(), CURRENT)).isEmpty();
  }

  @Test
  void namesEachDifferingFieldWithBothValuesAndIgnoresTheRunsProgress() throws Exception {
    ObjectNode recorded = recorded();
    recorded.put("java", "21.0.1 (Oracle)");
    recorded.put("threads", 4);
    recorded.put("status", "done");
    recorded.put("completed_steps", 2000);
    recorded.put("started_at", "2024-12-31T00:00:00Z");
    recorded.remove("git_commit");
    recorded.remove("numerics_version");

    assertThat(EnvironmentDrift.between(recorded, CURRENT)).containsExactly(
        "git_commit: recorded (absent), current abc123",
        "numerics_version: recorded (absent), current 2",
        "java: recorded 21.0.1 (Oracle), current 17.0.12 (Debian)",
        "threads: recorded 4, current 1");
  }

  @Test
  void comparesNestedFieldsToo() throws Exception {
    ObjectNode recorded = recorded();
    ((ObjectNode) recorded.get("data")).put("source", "grid25");

    JsonNode data = ConfigJson.json().valueToTree(CURRENT).get("data");
    assertThat(EnvironmentDrift.between(recorded, CURRENT))
        .containsExactly("data: recorded " + recorded.get("data") + ", current " + data);
  }
}
