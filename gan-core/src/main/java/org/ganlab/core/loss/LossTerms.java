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

  /** Name of the discriminator's loss on real samples. */
  public static final String D_REAL = "d_real";

  /** Name of the discriminator's loss on generated samples. */
  public static final String D_FAKE = "d_fake";

  /** Name of the weighted gradient penalty added to the discriminator's loss. */
  public static final String D_PENALTY = "d_penalty";

  /** Name of the discriminator's total loss. */
  public static final String D_LOSS = "d_loss";

  /** Name of the generator's loss. */
  public static final String G_LOSS = "g_loss";

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
   * Returns the discriminator's terms {@code d_real, d_fake} and their sum {@code d_loss}, the total.
   *
   * @param real the loss on real samples, a scalar
   * @param fake the loss on generated samples, a scalar
   * @return the three terms in that order
   */
  public static LossTerms discriminator(NDArray real, NDArray fake) {
    Map<String, NDArray> terms = new LinkedHashMap<>();
    terms.put(D_REAL, real);
    terms.put(D_FAKE, fake);
    terms.put(D_LOSS, real.add(fake));
    return new LossTerms(terms, D_LOSS);
  }

  /**
   * Returns a copy with one more term placed just before the total, and the total replaced by old total
   * + {@code value}; e.g. adding {@code d_penalty} to {@code d_real, d_fake, d_loss} gives {@code d_real,
   * d_fake, d_penalty, d_loss}.
   *
   * @param name the new term's name (not yet among the terms)
   * @param value a scalar that is part of the loss
   * @return the extended terms
   */
  public LossTerms withAddedTerm(String name, NDArray value) {
    if (terms.containsKey(name)) {
      throw new IllegalArgumentException("loss term " + name + " is already among " + terms.keySet());
    }
    Map<String, NDArray> copy = new LinkedHashMap<>();
    terms.forEach((key, term) -> {
      if (!key.equals(totalName)) {
        copy.put(key, term);
      }
    });
    copy.put(name, value);
    copy.put(totalName, total().add(value));
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
