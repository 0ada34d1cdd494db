package org.ganlab.dcgan;

import org.ganlab.core.config.ConfigException;

/**
 * The {@code model:} keys only the DCGAN variant understands.
 *
 * @param upsample how the generator doubles resolution: {@code transposed} (exact transposed
 *     convolution, as in the paper) or {@code resize} (nearest upsampling then convolution, Odena et al.
 *     2016, fewer checkerboard artifacts)
 */
public record DcganOptions(String upsample) {

  /** Checks the value. */
  public DcganOptions {
    if (!"transposed".equals(upsample) && !"resize".equals(upsample)) {
      throw new ConfigException("model.upsample",
          "model.upsample must be one of transposed, resize, found " + upsample);
    }
  }

  /**
   * Returns the defaults.
   *
   * @return transposed convolutions
   */
  public static DcganOptions defaults() {
    return new DcganOptions("transposed");
  }
}
