package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A two-variant stand-in for the variant registry: {@code deep} has options, {@code plain} has none. */
final class FakeVariants {

  /** Resolves {@code deep} to {@link FakeOptions} and {@code plain} to {@link PlainOptions}. */
  static final VariantOptionsResolver RESOLVER =
      VariantOptionsResolver.of(Map.of("deep", FakeOptions.class, "plain", PlainOptions.class));

  private FakeVariants() {}

  /**
   * Options of the {@code deep} variant, with defaults.
   *
   * @param depth number of layers
   * @param upsample upsampling mode
   */
  record FakeOptions(@JsonProperty("depth") int depth, String upsample) {

    /**
     * Returns the defaults the loader merges the user's keys onto.
     *
     * @return depth 3, nearest upsampling
     */
    public static FakeOptions defaults() {
      return new FakeOptions(3, "nearest");
    }
  }

  /** Options of the {@code plain} variant: none. */
  record PlainOptions() {}
}
