package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named scalar loss terms of one update, in a stable order, one of which is the total that is
 * back-propagated (e.g. {@code d_real, d_fake, d_penalty, d_loss}).
 *
 * @param terms the terms by name, in insertion order; each a scalar array
 * @param totalName the name of the term that is optimised
 */
public record LossTerms(Map<String, NDArray> terms, String totalName) {

  /** Copies the terms and checks that the total is among them. */
  public LossTerms {
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    if (!terms.containsKey(totalName)) {
      throw new IllegalArgumentException("total term " + totalName + " is not among " + terms.keySet());
    }
  }

  /**
   * Returns the term that is optimised.
   *
   * @return the total loss, a scalar
   */
  public NDArray total() {
    return terms.get(totalName);
  }

  /**
   * Returns one term.
   *
   * @param name the term's name
   * @return the scalar term
   */
  public NDArray get(String name) {
    NDArray term = terms.get(name);
    if (term == null) {
      throw new IllegalArgumentException("no loss term " + name + " among " + terms.keySet());
    }
    return term;
  }

  /**
   * Returns a copy with one more term (or with {@code name} replaced).
   *
   * @param name the new term's name
   * @param value a scalar
   * @return the extended terms
   */
  public LossTerms with(String name, NDArray value) {
    Map<String, NDArray> copy = new LinkedHashMap<>(terms);
    copy.put(name, value);
    return new LossTerms(copy, totalName);
  }

  /**
   * Returns the terms as Java numbers, for logging.
   *
   * @return name to value, in order
   */
  public Map<String, Double> values() {
    Map<String, Double> values = new LinkedHashMap<>();
    terms.forEach((name, value) -> values.put(name, (double) value.toFloatArray()[0]));
    return values;
  }
}
