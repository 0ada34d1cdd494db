package org.ganlab.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.Provenance;

/**
 * Lists how the machine and software that recorded a run differ from the current ones: every field of
 * the provenance a run would record now ({@code ProvenanceFactory.current}) against the recorded one,
 * except the fields that describe the run's progress and the CPU's instruction-set flags, which
 * {@link IsaDrift} judges (they matter only for a run that was not pinned). Versions, commit, Java, OS,
 * CPU, data, instruction-set level and thread count are therefore compared without a list of them kept
 * here; a field added to the provenance later is compared too.
 */
public final class EnvironmentDrift {
  /**
   * Fields that tell how far a run got and when, not where or with what it ran, and the CPU flags that
   * {@link IsaDrift} judges.
   */
  private static final Set<String> PROGRESS_FIELDS = Set.of(
      "started_at", "ended_at", "status", "reason", "completed_steps", "resumed_from", "cpu_flags");

  private EnvironmentDrift() {}

  /**
   * Compares a recorded provenance with the current one.
   *
   * @param recorded the run's {@code provenance.json}
   * @param current what a run of the same config would record here and now
   * @return one line per differing field, e.g. {@code java: recorded 17.0.2 (Oracle), current 21 (Debian)},
   *     in the provenance's field order; empty when nothing differs
   */
  public static List<String> between(JsonNode recorded, Provenance current) {
    JsonNode now = ConfigJson.json().valueToTree(current);
    List<String> lines = new ArrayList<>();
    now.fields().forEachRemaining(field -> {
      JsonNode before = recorded.path(field.getKey());
      if (!PROGRESS_FIELDS.contains(field.getKey()) && !same(before, field.getValue())) {
        lines.add(field.getKey() + ": recorded " + text(before) + ", current " + text(field.getValue()));
      }
    });
    return lines;
  }

  /** Equal values; numbers by their text, since JSON reads a small long back as an int. */
  private static boolean same(JsonNode before, JsonNode now) {
    if (before.isValueNode() && now.isValueNode()) {
      return before.getNodeType() == now.getNodeType() && before.asText().equals(now.asText());
    }
    return before.equals(now);
  }

  private static String text(JsonNode value) {
    if (value.isMissingNode()) {
      return "(absent)";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
