package org.ganlab.experiments.sweep;

/**
 * What a run directory says about its run.
 *
 * @param state where the run stands
 * @param reason why it diverged, failed or stopped; empty otherwise
 */
public record RunRecord(RunState state, String reason) {}
