package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code model:} section: the variant (found by name through the {@code GanVariant} SPI) and the
 * architecture keys every variant understands. Keys that only one variant understands are bound to that
 * variant's own options record and kept in {@link #options()}.
 *
 * @param variant variant name, e.g. {@code vanilla} or {@code dcgan}; the only key without a default
 * @param latentDim size of the generator's latent vector z
 * @param width base width: hidden units of an MLP, base channel count of a conv net
 * @param spectralNorm whether every convolution and linear layer of the discriminator(s) is spectrally
 *     normalised (Miyato et al. 2018, see {@code org.ganlab.core.nn.DiscriminatorLayers}); generators are
 *     never normalised. Default false
 * @param options the variant's own options record (never {@code null}; an empty record when it has none)
 */
@JsonPropertyOrder({"variant", "latent_dim", "width", "spectral_norm"})
public record ModelConfig(
    String variant,
    @JsonProperty("latent_dim") int latentDim,
    int width,
    @JsonProperty("spectral_norm") boolean spectralNorm,
    @JsonIgnore Record options) {

  /** Checks the common architecture keys and that the options record is present. */
  public ModelConfig {
    Checks checks = new Checks();
    checks.nonBlank("model.variant", variant);
    checks.inRange("model.latent_dim", latentDim, 1, 4096);
    checks.inRange("model.width", width, 1, 4096);
    checks.require(options != null, "model",
        "options must be a record (empty when the variant has none)", "null");
    checks.done();
  }

  /**
   * Creates a model section without spectral normalisation.
   *
   * @param variant variant name
   * @param latentDim size of the latent vector
   * @param width base width
   * @param options the variant's options record
   */
  public ModelConfig(String variant, int latentDim, int width, Record options) {
    this(variant, latentDim, width, false, options);
  }

  /**
   * Returns the variant options as a typed record.
   *
   * @param type the variant's options type
   * @param <T> that type
   * @return the options
   */
  public <T extends Record> T options(Class<T> type) {
    return type.cast(options);
  }

  /** Lets the variant's own keys appear flat in {@code model:} when the config is written back. */
  @JsonAnyGetter
  java.util.Map<String, Object> optionValues() {
    return ConfigJson.recordToMap(options);
  }
}
