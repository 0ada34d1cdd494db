package org.ganlab.core.train;

/** The options record of a variant that has no keys of its own. */
public record NoOptions() {}
