/**
 * Conditional GAN variant {@code conditional} (Mirza and Osindero 2014) with a projection (Miyato and
 * Koyama 2018) or concatenating discriminator, on a DCGAN-like or fully connected backbone.
 */
package org.ganlab.conditional;
