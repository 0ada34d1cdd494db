/**
 * CycleGAN variant (Zhu et al. 2017), {@code model.variant: cyclegan}: two ResNet generators, two
 * PatchGAN discriminators with instance norm, cycle and identity losses and image pools, trained on an
 * unpaired {@link org.ganlab.core.data.TranslationSource}.
 */
package org.ganlab.cyclegan;
