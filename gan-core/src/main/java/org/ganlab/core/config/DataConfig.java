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
 * @param radius radius of the {@code ring8} circle; {@code null} for the source's default (2)
 * @param spacing distance between neighbouring {@code grid25} modes; {@code null} for the default (2)
 * @param std σ of every component of {@code ring8} or {@code grid25}; {@code null} for the source's
 *     default (0.02 and 0.05)
 * @param trainSize points of a fixed {@code ring8} or {@code grid25} training set drawn once from the
 *     seed and iterated in shuffled epochs; {@code null} (the default) draws every batch afresh. The
 *     mixture parameters are left out of written configs when unset, so they do not change a config's
 *     hash.
 */
@JsonPropertyOrder({"source", "path", "image_size", "channels", "domain_a", "domain_b", "radius",
    "spacing", "std", "train_size"})
public record DataConfig(
    String source,
    String path,
    @JsonProperty("image_size") int imageSize,
    int channels,
    @JsonProperty("domain_a") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> domainA,
    @JsonProperty("domain_b") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> domainB,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double radius,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double spacing,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double std,
    @JsonProperty("train_size") @JsonInclude(JsonInclude.Include.NON_NULL) Integer trainSize) {

  /** The valid values of {@code data.source}. */
  public static final List<String> SOURCES = List.of("ring8", "grid25", "shapes", "shapes-translation",
      "idx", "fashion-mnist", "image-folder");

  /** The largest {@code data.train_size}: ten million points (80 MB of coordinates). */
  public static final int MAX_TRAIN_SIZE = 10_000_000;

  private static final List<String> MIXTURES = List.of("ring8", "grid25");

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
    mixtureParameters(checks, source, radius, spacing, std, trainSize);
    Set<Integer> shared = new HashSet<>(domainA);
    shared.retainAll(domainB);
    checks.require(shared.isEmpty(), "data.domain_b", "must not share classes with data.domain_a "
        + domainA + ", shares " + shared, domainB);
    checks.done();
  }

  /**
   * Creates a two-domain data section with the mixtures' default parameters.
   *
   * @param source one of {@link #SOURCES}
   * @param path directory or file, or {@code null}
   * @param imageSize 28 or 32
   * @param channels 1 or 3
   * @param domainA classes of domain A, or empty
   * @param domainB classes of domain B, empty exactly when {@code domainA} is
   */
  public DataConfig(String source, String path, int imageSize, int channels, List<Integer> domainA,
      List<Integer> domainB) {
    this(source, path, imageSize, channels, domainA, domainB, null, null, null, null);
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

  private static void mixtureParameters(Checks checks, String source, Double radius, Double spacing,
      Double std, Integer trainSize) {
    if (radius != null && checks.require("ring8".equals(source), "data.radius",
        "applies only to data.source ring8, not " + Checks.quote(source), radius)) {
      checks.positive("data.radius", radius);
    }
    if (spacing != null && checks.require("grid25".equals(source), "data.spacing",
        "applies only to data.source grid25, not " + Checks.quote(source), spacing)) {
      checks.positive("data.spacing", spacing);
    }
    boolean mixture = MIXTURES.contains(source);
    if (std != null && checks.require(mixture, "data.std",
        "applies only to data.source ring8 or grid25, not " + Checks.quote(source), std)) {
      checks.positive("data.std", std);
    }
    if (trainSize != null && checks.require(mixture, "data.train_size",
        "applies only to data.source ring8 or grid25, not " + Checks.quote(source), trainSize)) {
      checks.inRange("data.train_size", trainSize, 1, MAX_TRAIN_SIZE);
    }
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
