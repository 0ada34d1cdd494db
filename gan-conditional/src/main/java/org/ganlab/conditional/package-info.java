/**
 * Conditional GAN variant (Mirza and Osindero 2014) with concatenation or projection discriminators
 * (Miyato and Koyama 2018). Its implementation is tracked by the variants issue; nothing is registered
 * here yet.
 */
package org.ganlab.conditional;
