/**
 * Full-reference image-quality metrics (PSNR, SSIM) for paired image tasks such as super-resolution and
 * image-to-image translation. Images are float64 in [0, 1], shape {@code [N, C, H, W]}; definitions follow
 * {@code shared/design/METRICS.md}.
 */
package org.ganlab.metrics.image;
