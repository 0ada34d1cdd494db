package org.ganlab.core.config;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * What the loader needs to know about a variant's options record: its config key names (from its
 * {@code @JsonProperty} annotations) and its defaults, which a record declares with a
 * {@code public static T defaults()} method.
 */
final class OptionsRecords {

  private OptionsRecords() {}

  /**
   * Returns the config key names of an options record, in declaration order.
   *
   * @param type the options record type
   * @return the JSON property names
   */
  static List<String> keys(Class<? extends Record> type) {
    ObjectMapper mapper = SectionBinder.mapper();
    BeanDescription description =
        mapper.getSerializationConfig().introspect(mapper.constructType(type));
    return description.findProperties().stream().map(BeanPropertyDefinition::getName).toList();
  }

  /**
   * Returns the record's defaults, when it declares a {@code public static defaults()} method.
   *
   * @param type the options record type
   * @return the defaults, or empty when the record declares none (then every key is required)
   */
  static Optional<Record> defaults(Class<? extends Record> type) {
    Method method;
    try {
      method = type.getMethod("defaults");
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
    if (!Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.cast(method.invoke(null)));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot call " + type.getName() + ".defaults()", e);
    }
  }
}
