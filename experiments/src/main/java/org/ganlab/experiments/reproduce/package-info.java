/**
 * Re-checking a finished run ({@code ganlab reproduce}): reading the original run directory and refusing
 * one whose config was edited, listing how this machine differs from the one that recorded the run,
 * stopping the retraining where the original's log ends, and comparing the two runs' {@code metrics.csv}
 * and {@code final.json} value for value.
 *
 * <p>Numbers are compared bit for bit: two cells are the same when they parse to the same
 * {@code double} ({@link java.lang.Double#doubleToLongBits}), so {@code 0.001} and {@code 1.0E-3} are the
 * same value while {@code 0.0} and {@code -0.0} are not. Parsing rather than comparing the text keeps a
 * run recorded by a JVM that prints some doubles with other digits (JDK 19 changed
 * {@link java.lang.Double#toString}) comparable with one reproduced here. Cells that are not numbers
 * (empty cells) must be equal as text.
 */
package org.ganlab.experiments.reproduce;
