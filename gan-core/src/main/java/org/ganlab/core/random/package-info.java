/** Seeded draws that give the same bits on every JVM, whatever the JIT compiles. */
package org.ganlab.core.random;
