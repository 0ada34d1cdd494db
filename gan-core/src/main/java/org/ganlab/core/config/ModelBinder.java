package org.ganlab.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the {@code model:} section: the keys every variant understands, and the rest, strictly, to the
 * options record of the variant named by {@code model.variant}.
 */
final class ModelBinder {

  /** Keys of {@code model:} that every variant understands. */
  static final List<String> COMMON_KEYS = List.of("variant", "latent_dim", "width", "spectral_norm");

  private ModelBinder() {}

  /**
   * Binds a resolved {@code model:} section, gathering every problem of the section: the variant
   * name, unknown keys, values of the wrong type and the variant's own option checks.
   *
   * @param model the section, with defaults merged in; unknown keys are removed from it
   * @param variants resolves the variant's options type
   * @return the model config with its options record
   * @throws ConfigException listing every problem of the section
   */
  static ModelConfig bind(ObjectNode model, VariantOptionsResolver variants) {
    ConfigProblems problems = new ConfigProblems();
    Optional<String> variant = Optional.empty();
    try {
      variant = Optional.of(variantName(model, variants));
    } catch (ConfigException e) {
      problems.add(e);
    }
    Integer latentDim = bindCommon(model, "latent_dim", int.class, problems);
    Integer width = bindCommon(model, "width", int.class, problems);
    Boolean spectralNorm = bindCommon(model, "spectral_norm", boolean.class, problems);
    Record options = null;
    if (variant.isPresent()) {
      Class<? extends Record> type = variants.optionsType(variant.get());
      List<String> optionKeys = OptionsRecords.keys(type);
      checkKeys(model, variant.get(), optionKeys, problems);
      try {
        options = bindOptions(model, type, variant.get(), optionKeys);
      } catch (ConfigException e) {
        problems.add(e);
      }
    }
    problems.throwIfAny();
    return new ModelConfig(variant.get(), latentDim, width, spectralNorm, options);
  }

  private static <T> T bindCommon(
      ObjectNode model, String key, Class<T> type, ConfigProblems problems) {
    try {
      return SectionBinder.bind(model.get(key), type, "model." + key);
    } catch (ConfigException e) {
      problems.add(e);
      return null;
    }
  }

  private static String variantName(ObjectNode model, VariantOptionsResolver variants) {
    JsonNode node = model.get("variant");
    Set<String> known = variants.names();
    if (node == null || node.isNull()) {
      misspeltVariantKey(model);
      String names = known.isEmpty() ? "(none registered)" : String.join(", ", known);
      throw new ConfigException(
          "model.variant", "model.variant is required; known variants: " + names);
    }
    if (!node.isTextual()) {
      throw Checks.fail("model.variant", "must be a variant name", JsonValues.describe(node));
    }
    String name = node.textValue();
    if (!known.isEmpty() && !known.contains(name)) {
      throw VariantOptionsResolver.unknownVariant(name, known);
    }
    return name;
  }

  private static void misspeltVariantKey(ObjectNode model) {
    Iterator<String> keys = model.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (!COMMON_KEYS.contains(key) && Suggestions.closest(key, List.of("variant")).isPresent()) {
        throw KeyChecker.unknownKey("model." + key, key, COMMON_KEYS);
      }
    }
  }

  private static void checkKeys(
      ObjectNode model, String variant, List<String> optionKeys, ConfigProblems problems) {
    List<String> valid = new ArrayList<>(COMMON_KEYS);
    valid.addAll(optionKeys);
    Iterator<String> keys = model.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (!valid.contains(key)) {
        ConfigException e = KeyChecker.unknownKey("model." + key, key, valid);
        problems.add(e.field(), e.getMessage() + " (variant " + variant + ")");
        keys.remove();
      }
    }
  }

  private static Record bindOptions(
      ObjectNode model, Class<? extends Record> type, String variant, List<String> optionKeys) {
    ObjectNode given = model.deepCopy();
    given.remove(COMMON_KEYS);
    Optional<Record> defaults = OptionsRecords.defaults(type);
    if (defaults.isEmpty()) {
      requireAll(given, variant, optionKeys);
      return SectionBinder.bind(given, type, "model");
    }
    ObjectNode merged = SectionBinder.mapper().valueToTree(defaults.get());
    ConfigResolution.merge(merged, given, "model");
    return SectionBinder.bind(merged, type, "model");
  }

  private static void requireAll(ObjectNode given, String variant, List<String> optionKeys) {
    ConfigProblems problems = new ConfigProblems();
    for (String key : optionKeys) {
      if (!given.has(key)) {
        problems.add(
            "model." + key, "model." + key + " is required by variant " + variant + ", found nothing");
      }
    }
    problems.throwIfAny();
  }
}
