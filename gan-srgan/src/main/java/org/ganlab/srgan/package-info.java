/**
 * SRGAN variant (Ledig et al. 2017): SRResNet generator with pixel shuffle and a strided discriminator.
 * Its implementation is tracked by the variants issue; nothing is registered here yet.
 */
package org.ganlab.srgan;
