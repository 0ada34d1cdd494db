/**
 * CycleGAN variant (Zhu et al. 2017): two ResNet generators and two PatchGAN discriminators. Its
 * implementation is tracked by the variants issue; nothing is registered here yet.
 */
package org.ganlab.cyclegan;
