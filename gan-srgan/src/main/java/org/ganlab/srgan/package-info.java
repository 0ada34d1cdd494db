/**
 * SRGAN variant (Ledig et al. 2017): SRResNet generator with pixel shuffle and a strided discriminator,
 * trained on a low/high-resolution view of any image source with a pixel or feature content loss plus
 * a weighted adversarial loss, after an optional content-only pre-training of the generator.
 */
package org.ganlab.srgan;
