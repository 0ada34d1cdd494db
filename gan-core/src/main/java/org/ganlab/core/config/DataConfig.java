package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code data:} section: which data source feeds training and evaluation.
 *
 * @param source one of {@link #SOURCES}
 * @param path directory or file for file-based sources; {@code null} uses the source's default
 * @param imageSize side length in pixels of image sources (28 or 32)
 * @param channels channels of image sources (1 or 3)
 * @param domainA classes of the input domain A of an unpaired two-domain view of a labelled source
 *     (image-to-image translation, e.g. CycleGAN); empty for the plain source
 * @param domainB classes of the target domain B of that view; empty exactly when {@code domainA} is.
 *     Empty domains are left out of written configs, so they do not change a config's hash.
 */
@JsonPropertyOrder({"source", "path", "image_size", "channels", "domain_a", "domain_b"})
public record DataConfig(
    String source,
    String path,
    @JsonProperty("image_size") int imageSize,
    int channels,
    @JsonProperty("domain_a") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> domainA,
    @JsonProperty("domain_b") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> domainB) {

  /** The valid values of {@code data.source}. */
  public static final List<String> SOURCES = List.of("ring8", "grid25", "shapes", "shapes-translation",
      "idx", "fashion-mnist", "image-folder");

  /**
   * Checks each field on its own (the domains' classes against the source's class count are checked
   * when the source opens); {@link ConfigValidator} checks that the path fits the source.
   */
  public DataConfig {
    Checks checks = new Checks();
    checks.oneOf("data.source", source, SOURCES);
    checks.require(imageSize == 28 || imageSize == 32, "data.image_size", "must be 28 or 32",
        imageSize);
    checks.require(channels == 1 || channels == 3, "data.channels", "must be 1 or 3", channels);
    domainA = classes(checks, "data.domain_a", domainA);
    domainB = classes(checks, "data.domain_b", domainB);
    checks.require(domainA.isEmpty() == domainB.isEmpty(),
        domainA.isEmpty() ? "data.domain_a" : "data.domain_b",
        "must list classes when the other domain does (a two-domain view needs both)", "[]");
    Set<Integer> shared = new HashSet<>(domainA);
    shared.retainAll(domainB);
    checks.require(shared.isEmpty(), "data.domain_b", "must not share classes with data.domain_a "
        + domainA + ", shares " + shared, domainB);
    checks.done();
  }

  /**
   * Creates a plain (single-domain) data section.
   *
   * @param source one of {@link #SOURCES}
   * @param path directory or file, or {@code null}
   * @param imageSize 28 or 32
   * @param channels 1 or 3
   */
  public DataConfig(String source, String path, int imageSize, int channels) {
    this(source, path, imageSize, channels, List.of(), List.of());
  }

  /**
   * Returns whether the config asks for a two-domain view.
   *
   * @return true when {@code domain_a} and {@code domain_b} are set
   */
  public boolean twoDomains() {
    return !domainA.isEmpty();
  }

  private static List<Integer> classes(Checks checks, String field, List<Integer> classes) {
    if (classes == null) {
      return List.of();
    }
    boolean valid = classes.stream().allMatch(c -> c != null && c >= 0)
        && new HashSet<>(classes).size() == classes.size();
    return checks.require(valid, field, "must be a list of distinct class numbers >= 0", classes)
        ? List.copyOf(classes) : List.of();
  }
}
