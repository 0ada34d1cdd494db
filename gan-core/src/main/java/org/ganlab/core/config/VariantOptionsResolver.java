package org.ganlab.core.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells {@link ConfigLoader} which record a variant's own {@code model:} keys bind to. The variant
 * registry implements it; tests use {@link #of(Map)}. Keeping this a small interface lets the config
 * package load configs without knowing the variant SPI.
 */
@FunctionalInterface
public interface VariantOptionsResolver {

  /**
   * Returns the options record type of a variant.
   *
   * @param variant the value of {@code model.variant}
   * @return the record the variant's own keys bind to (an empty record when it has none)
   * @throws ConfigException with field {@code model.variant} and a message like
   *     {@code model.variant: unknown variant 'x'; known: a, b} when the name is unknown
   */
  Class<? extends Record> optionsType(String variant);

  /**
   * Returns what {@code eval.metrics: auto} means for a variant on a data source.
   *
   * @param variant the value of {@code model.variant} (known)
   * @param dataSource the value of {@code data.source}
   * @param sourceDefaults what {@code auto} means for the data source alone
   * @return metric names; by default {@code sourceDefaults}
   */
  default List<String> defaultMetrics(String variant, String dataSource, List<String> sourceDefaults) {
    return sourceDefaults;
  }

  /**
   * Returns the known variant names, for "did you mean" hints and the message of a missing variant.
   *
   * @return the names; empty when this resolver cannot list them
   */
  default Set<String> names() {
    return Set.of();
  }

  /**
   * Returns a resolver backed by a fixed map.
   *
   * @param optionsTypes options record type by variant name
   * @return a resolver that knows exactly these variants
   */
  static VariantOptionsResolver of(Map<String, Class<? extends Record>> optionsTypes) {
    Map<String, Class<? extends Record>> sorted = new TreeMap<>(optionsTypes);
    Set<String> names = Collections.unmodifiableSet(sorted.keySet());
    return new VariantOptionsResolver() {
      @Override
      public Class<? extends Record> optionsType(String variant) {
        Class<? extends Record> type = sorted.get(variant);
        if (type == null) {
          throw unknownVariant(variant, names);
        }
        return type;
      }

      @Override
      public Set<String> names() {
        return names;
      }
    };
  }

  /**
   * Builds the standard error for a variant name nobody registered, with a "did you mean" hint.
   *
   * @param variant the name asked for
   * @param known the registered names
   * @return the exception to throw
   */
  static ConfigException unknownVariant(String variant, Set<String> known) {
    return new ConfigException(
        "model.variant",
        "model.variant: unknown variant '" + variant + "'; known: " + String.join(", ", known)
            + Suggestions.hint(variant, known));
  }
}
