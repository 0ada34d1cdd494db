package org.ganlab.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds one part of a resolved tree to a Java type through Jackson, strictly: unknown keys, floats for
 * integers, booleans for numbers and numbers or strings for booleans are errors. Jackson's errors become
 * {@link ConfigException}s that name the dotted field path, the value found and the type expected; a
 * {@link ConfigException} thrown by a record's compact constructor comes through unchanged. Before a
 * record is bound, each of its fields is bound on its own, so that every field of the wrong type and
 * every failing nested record is reported, not only the first Jackson meets.
 */
final class SectionBinder {

  private static final ObjectMapper MAPPER = strict(ConfigJson.json().copy());

  private SectionBinder() {}

  /**
   * Returns the strict mapper used for binding, e.g. to introspect option records with the same rules.
   *
   * @return the shared mapper
   */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Binds a value.
   *
   * @param node the value (a section, an option mapping or a single scalar)
   * @param type the type to bind to
   * @param path dotted path of {@code node}, prefixed to the paths in messages
   * @param <T> that type
   * @return the bound value
   */
  static <T> T bind(JsonNode node, Class<T> type, String path) {
    if (node == null || (node.isNull() && type.isPrimitive())) {
      throw typeError(path, type, node);
    }
    if (type.isRecord() && node.isObject()) {
      return bindRecord(node, type, path);
    }
    return bind(node, MAPPER.constructType(type), path);
  }

  private static <T> T bind(JsonNode node, JavaType type, String path) {
    try {
      return MAPPER.readerFor(type).readValue(node);
    } catch (IOException e) {
      throw translate(e, node, path);
    }
  }

  /**
   * Binds a record field by field first, gathering every field of the wrong type and every failing
   * nested record; when all fields have their types, binds the record with failed nested records left
   * out, so that its own checks still report (all but the absence of the nested records).
   */
  private static <T> T bindRecord(JsonNode node, Class<T> type, String path) {
    ConfigProblems problems = new ConfigProblems();
    ObjectNode rest = node.deepCopy();
    Set<String> failedRecords = new HashSet<>();
    boolean typesHold = true;
    JavaType recordType = MAPPER.constructType(type);
    for (BeanPropertyDefinition property :
        MAPPER.getDeserializationConfig().introspect(recordType).findProperties()) {
      JsonNode value = node.get(property.getName());
      JavaType fieldType = property.getPrimaryType();
      String fieldPath = path + "." + property.getName();
      if (value == null || (value.isNull() && !fieldType.isPrimitive())) {
        continue;
      }
      if (fieldType.getRawClass().isRecord() && value.isObject()) {
        if (!problems.collect(() -> bind(value, fieldType.getRawClass(), fieldPath))) {
          rest.putNull(property.getName());
          failedRecords.add(fieldPath);
        }
      } else {
        typesHold &= problems.collect(() -> bind(value, fieldType, fieldPath));
      }
    }
    if (typesHold) {
      try {
        T bound = bind(rest, recordType, path);
        if (problems.isEmpty()) {
          return bound;
        }
      } catch (ConfigException e) {
        e.problems().stream().filter(problem -> !failedRecords.contains(problem.field()))
            .forEach(problem -> problems.add(problem.field(), problem.message()));
      }
    }
    problems.throwIfAny();
    throw new IllegalStateException(path + " failed to bind without a problem");
  }

  private static ObjectMapper strict(ObjectMapper mapper) {
    mapper.enable(
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }

  private static ConfigException translate(IOException e, JsonNode root, String prefix) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConfigException own) {
        return own;
      }
    }
    List<JsonMappingException.Reference> path =
        e instanceof JsonMappingException mapping ? mapping.getPath() : List.of();
    String field = prefix + suffix(path);
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> valid = new ArrayList<>();
      unknown.getKnownPropertyIds().forEach(id -> valid.add(id.toString()));
      return KeyChecker.unknownKey(field, unknown.getPropertyName(), valid);
    }
    Class<?> target = targetType(e);
    if (target == null) {
      String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage()
          : e.getMessage();
      return new ConfigException(field, field + " is invalid: " + detail);
    }
    return typeError(field, target, nodeAt(root, path));
  }

  private static ConfigException typeError(String field, Class<?> type, JsonNode found) {
    String expected = JsonValues.expected(type);
    return new ConfigException(
        field, field + " must be " + expected + ", found " + JsonValues.describe(found));
  }

  private static Class<?> targetType(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
        return mismatch.getTargetType();
      }
      if (t instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
        return coercion.getTargetType();
      }
    }
    return null;
  }

  private static String suffix(List<JsonMappingException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        out.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static JsonNode nodeAt(JsonNode root, List<JsonMappingException.Reference> path) {
    JsonNode node = root;
    for (JsonMappingException.Reference ref : path) {
      if (node == null) {
        return null;
      }
      node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
    }
    return node;
  }
}
