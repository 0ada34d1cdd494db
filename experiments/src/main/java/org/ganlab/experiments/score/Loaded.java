package org.ganlab.experiments.score;

/**
 * A value read from an input, with what the protocol records about that input.
 *
 * @param value what was read
 * @param input the file's path, format, shape and SHA-256
 * @param <T> the type of what was read
 */
record Loaded<T>(T value, InputRecord input) {}
