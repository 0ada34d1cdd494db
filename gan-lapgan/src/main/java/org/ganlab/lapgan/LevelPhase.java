package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.ForwardingPhase;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.UpdatePhase;

/**
 * One pyramid level's copy of a shared update phase: the same update under the name
 * {@code <phase>_l<k>} (so each level has its own Adam, its moments saved under that name in
 * checkpoints) and with every term suffixed {@code _l<k>}, the level's columns in {@code metrics.csv}
 * ({@code d_real_l1, d_fake_l1, [d_penalty_l1,] d_loss_l1, g_loss_l1}).
 */
final class LevelPhase extends ForwardingPhase {
  private final String suffix;

  /**
   * Wraps a phase.
   *
   * @param level k, the pyramid level
   * @param phase the phase of that level, named and with terms as if it were the only one
   */
  LevelPhase(int level, UpdatePhase phase) {
    super(phase);
    this.suffix = "_l" + level;
  }

  @Override
  public String name() {
    return wrapped().name() + suffix;
  }

  @Override
  public String optimizer() {
    return name();
  }

  @Override
  public List<String> termNames() {
    return wrapped().termNames().stream().map(term -> term + suffix).toList();
  }

  @Override
  public LossTerms loss(PhaseContext context) {
    LossTerms terms = wrapped().loss(context);
    Map<String, NDArray> renamed = new LinkedHashMap<>();
    terms.terms().forEach((term, value) -> renamed.put(term + suffix, value));
    return new LossTerms(renamed, terms.totalName() + suffix);
  }
}
