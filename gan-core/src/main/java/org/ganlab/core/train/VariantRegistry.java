package org.ganlab.core.train;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.VariantOptionsResolver;

/**
 * The variants found through {@link ServiceLoader}, by name. Two variants with one name are an error;
 * an unknown name is answered with the list of known ones.
 */
public final class VariantRegistry implements VariantOptionsResolver {
  private final TreeMap<String, GanVariant> variants = new TreeMap<>();

  private VariantRegistry(Iterable<GanVariant> found) {
    for (GanVariant variant : found) {
      GanVariant previous = variants.putIfAbsent(variant.name(), variant);
      if (previous != null) {
        throw new IllegalStateException("two variants are named '" + variant.name() + "': "
            + previous.getClass().getName() + " and " + variant.getClass().getName());
      }
    }
  }

  /**
   * Finds the variants on the class path.
   *
   * @return the registry
   */
  public static VariantRegistry load() {
    return new VariantRegistry(ServiceLoader.load(GanVariant.class));
  }

  /**
   * Returns a variant by name.
   *
   * @param name {@code model.variant}
   * @return the variant
   * @throws ConfigException naming {@code model.variant} when unknown
   */
  public GanVariant get(String name) {
    GanVariant variant = variants.get(name);
    if (variant == null) {
      throw new ConfigException("model.variant", "model.variant: unknown variant '" + name
          + "'; known: " + String.join(", ", variants.keySet()));
    }
    return variant;
  }

  /**
   * Returns every variant, sorted by name.
   *
   * @return the variants
   */
  public List<GanVariant> variants() {
    return List.copyOf(variants.values());
  }

  @Override
  public Class<? extends Record> optionsType(String variant) {
    return get(variant).optionsType();
  }

  @Override
  public List<String> defaultMetrics(String variant, String dataSource, List<String> sourceDefaults) {
    return get(variant).defaultMetrics(dataSource, sourceDefaults);
  }

  @Override
  public Set<String> names() {
    return Set.copyOf(variants.keySet());
  }
}
