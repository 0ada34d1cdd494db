package org.ganlab.core.metric;

import org.ganlab.core.data.Batch;

/**
 * What an image-to-image evaluation adds to the translated samples: the inputs they came from, the
 * baseline translation of the same inputs, what a cycle-consistent model makes on its way back, and
 * whether each input's true translation is known (the held-out target with the same index).
 *
 * @param inputs held-out inputs {@code [n, ...inputShape]}
 * @param baseline the baseline's outputs {@code [n, ...targetShape]} (identity, bicubic upsampling)
 * @param reconstructed the model's reconstructions of the inputs, F(G(x)) {@code [n, ...inputShape]},
 *     or {@code null} when it has no way back
 * @param backTranslated the held-out targets mapped back to the input domain, F(y)
 *     {@code [n, ...inputShape]}, or {@code null} when the model has no way back
 * @param paired whether generated sample {@code i} should equal held-out target {@code i}
 */
public record Translation(Batch inputs, Batch baseline, Batch reconstructed, Batch backTranslated,
    boolean paired) {}
