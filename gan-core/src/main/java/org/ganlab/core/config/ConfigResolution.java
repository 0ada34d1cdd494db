package org.ganlab.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the user's tree into a resolved tree: the user's keys merged onto {@link ConfigDefaults}, then
 * every value that depends on other keys filled in, in this one place: {@code AUTO} eval samples and
 * metrics (modes for the 2-D sets, the image metrics for sources with a shipped evaluator), the
 * gradient penalty of {@code wasserstein-gp}, the default path of {@code fashion-mnist}.
 */
final class ConfigResolution {

  /** Data sources whose evaluation uses fewer samples and counts modes. */
  private static final List<String> TOY_SOURCES = List.of("ring8", "grid25");

  /** Data sources with a shipped evaluator classifier, which the image metrics use by default. */
  private static final List<String> EVALUATED_SOURCES = List.of("shapes", "fashion-mnist");

  /** The default metrics of data sources with a shipped evaluator. */
  private static final List<String> IMAGE_METRICS =
      List.of("fid", "kid", "precision_recall", "density_coverage", "is", "class_coverage");

  private ConfigResolution() {}

  /**
   * Merges the user's tree onto the defaults and resolves dependent values.
   *
   * @param user the user's tree (not modified)
   * @param variants what {@code eval.metrics: auto} means for the chosen variant
   * @return a new tree with every key present
   */
  static ObjectNode resolve(ObjectNode user, VariantOptionsResolver variants) {
    ObjectNode tree = ConfigDefaults.tree();
    String lossType = user.path("loss").path("type").asText();
    ((ObjectNode) tree.get("loss")).set("penalty", ConfigDefaults.penalty(lossType));
    merge(tree, user.deepCopy(), "");
    resolveEval(tree, variants);
    resolveDataPath((ObjectNode) tree.get("data"));
    return tree;
  }

  /**
   * Merges {@code source} onto {@code target}: mappings merge key by key, any other value replaces. An
   * empty value where a section is expected ({@code training:} with every line commented out) keeps the
   * section's defaults.
   *
   * @param target the tree merged into
   * @param source the keys to merge
   * @param path dotted path of {@code target}, for messages
   */
  static void merge(ObjectNode target, ObjectNode source, String path) {
    Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      mergeField(target, field.getKey(), field.getValue(), JsonValues.join(path, field.getKey()));
    }
  }

  private static void mergeField(ObjectNode target, String key, JsonNode value, String path) {
    JsonNode current = target.get(key);
    if (current == null || !current.isObject()) {
      target.set(key, value);
    } else if (value.isObject()) {
      merge((ObjectNode) current, (ObjectNode) value, path);
    } else if (!isEmpty(value)) {
      throw new ConfigException(
          path, path + " must be a mapping, found " + JsonValues.describe(value));
    }
  }

  private static void resolveEval(ObjectNode tree, VariantOptionsResolver variants) {
    String source = tree.path("data").path("source").asText();
    boolean toy = TOY_SOURCES.contains(source);
    ObjectNode eval = (ObjectNode) tree.get("eval");
    if (isAuto(eval.get("samples"))) {
      eval.put("samples", toy ? 2500 : 10000);
    }
    if (isAuto(eval.get("metrics"))) {
      List<String> sourceDefaults = toy ? List.of("modes")
          : EVALUATED_SOURCES.contains(source) ? IMAGE_METRICS : List.of();
      JsonNode variant = tree.path("model").get("variant");
      List<String> chosen = variant != null && variant.isTextual()
          && variants.names().contains(variant.textValue())
          ? variants.defaultMetrics(variant.textValue(), source, sourceDefaults) : sourceDefaults;
      ArrayNode metrics = eval.putArray("metrics");
      chosen.forEach(metrics::add);
    }
  }

  private static void resolveDataPath(ObjectNode data) {
    if ("fashion-mnist".equals(data.path("source").asText()) && data.path("path").isNull()) {
      data.put("path", ConfigDefaults.FASHION_MNIST_PATH);
    }
  }

  private static boolean isEmpty(JsonNode value) {
    return value.isNull() || (value.isTextual() && value.textValue().isEmpty());
  }

  private static boolean isAuto(JsonNode node) {
    return node != null && node.isTextual() && node.textValue().equalsIgnoreCase(ConfigDefaults.AUTO);
  }
}
