/**
 * The quality tier: the bars file ({@code examples/quality-bars.tsv}) that pairs every figure the
 * documentation states with the example that makes it and the bar a fresh run must clear, the check
 * of one row against its run directory (pass, fail or pending) and the table
 * {@code ganlab quality} and {@code scripts/quality-tier} print. The slow tests check the same rows.
 */
package org.ganlab.experiments.quality;
