package org.ganlab.core.config;

/**
 * The {@code runtime:} section. The intra-op thread count changes floating-point results, so it is part
 * of the run's identity and never derived from the machine or from {@code --jobs}.
 *
 * @param threads libtorch intra-op threads
 * @param device {@code cpu} or {@code gpu}
 */
public record RuntimeConfig(int threads, String device) {}
