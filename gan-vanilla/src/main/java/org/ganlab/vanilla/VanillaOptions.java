package org.ganlab.vanilla;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.ganlab.core.config.ConfigException;

/**
 * The {@code model:} keys only the vanilla variant understands.
 *
 * @param depth hidden layers in each of G and D
 * @param activation the discriminator's hidden nonlinearity: {@code leaky-relu} (slope 0.2, the
 *     default, stored as {@code null} so that configs written before the key existed keep their hash) or
 *     {@code maxout} (each hidden layer a dense layer to {@code width × maxout_pieces} and the maximum
 *     over each unit's pieces, PacGAN's discriminator)
 * @param maxoutPieces pieces per maxout unit, in [2, 32]; only with {@code maxout}, where it defaults to
 *     {@value #DEFAULT_MAXOUT_PIECES}
 */
public record VanillaOptions(
    int depth,
    @JsonInclude(JsonInclude.Include.NON_NULL) String activation,
    @JsonProperty("maxout_pieces") @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxoutPieces) {

  /** The valid values of {@code model.activation}. */
  public static final List<String> ACTIVATIONS = List.of("leaky-relu", "maxout");
  /** Pieces per maxout unit when {@code model.maxout_pieces} is not set (PacGAN's 5). */
  public static final int DEFAULT_MAXOUT_PIECES = 5;
  /** The most pieces per maxout unit. */
  public static final int MAX_MAXOUT_PIECES = 32;

  /**
   * Checks the ranges and writes the defaults in one canonical form: leaky ReLU as {@code null}, maxout
   * always with its piece count.
   */
  public VanillaOptions {
    if (depth < 1 || depth > 16) {
      throw new ConfigException("model.depth", "model.depth must be in 1..16, found " + depth);
    }
    if (activation != null && !ACTIVATIONS.contains(activation)) {
      throw new ConfigException("model.activation", "model.activation must be one of "
          + String.join(", ", ACTIVATIONS) + ", found '" + activation + "'");
    }
    boolean maxout = "maxout".equals(activation);
    if (maxoutPieces != null && !maxout) {
      throw new ConfigException("model.maxout_pieces", "model.maxout_pieces applies only to "
          + "model.activation maxout, found " + maxoutPieces + " with model.activation "
          + (activation == null ? "leaky-relu" : activation));
    }
    if (maxoutPieces != null && (maxoutPieces < 2 || maxoutPieces > MAX_MAXOUT_PIECES)) {
      throw new ConfigException("model.maxout_pieces", "model.maxout_pieces must be in [2, "
          + MAX_MAXOUT_PIECES + "], found " + maxoutPieces);
    }
    activation = maxout ? activation : null;
    maxoutPieces = maxout && maxoutPieces == null ? Integer.valueOf(DEFAULT_MAXOUT_PIECES) : maxoutPieces;
  }

  /**
   * Returns the defaults.
   *
   * @return three hidden layers, leaky ReLU in D
   */
  public static VanillaOptions defaults() {
    return new VanillaOptions(3, null, null);
  }

  /**
   * Returns whether D's hidden layers are maxout layers.
   *
   * @return true for {@code model.activation: maxout}
   */
  public boolean maxout() {
    return activation != null;
  }
}
