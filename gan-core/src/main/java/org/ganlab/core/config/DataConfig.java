package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code data:} section: which data source feeds training and evaluation.
 *
 * @param source one of {@code ring8, grid25, shapes, idx, fashion-mnist, image-folder}
 * @param path directory or file for file-based sources; {@code null} uses the source's default
 * @param imageSize side length in pixels of image sources (28 or 32)
 * @param channels channels of image sources (1 or 3)
 */
@JsonPropertyOrder({"source", "path", "image_size", "channels"})
public record DataConfig(
    String source,
    String path,
    @JsonProperty("image_size") int imageSize,
    int channels) {

  /** The valid values of {@code data.source}. */
  public static final List<String> SOURCES =
      List.of("ring8", "grid25", "shapes", "idx", "fashion-mnist", "image-folder");

  /** Checks each field on its own; {@link ConfigValidator} checks that the path fits the source. */
  public DataConfig {
    Checks.oneOf("data.source", source, SOURCES);
    if (imageSize != 28 && imageSize != 32) {
      throw Checks.fail("data.image_size", "must be 28 or 32", imageSize);
    }
    if (channels != 1 && channels != 3) {
      throw Checks.fail("data.channels", "must be 1 or 3", channels);
    }
  }
}
