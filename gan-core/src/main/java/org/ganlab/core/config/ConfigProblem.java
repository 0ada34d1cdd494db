package org.ganlab.core.config;

/**
 * One thing wrong with a config: the field it concerns and a one-line message that names the field, the
 * value found and what is allowed, e.g. {@code training.lr_d must be > 0, found -1.0}.
 *
 * @param field dotted path of the offending key, e.g. {@code training.lr_d}; empty for the whole file
 * @param message the one-line message
 */
public record ConfigProblem(String field, String message) {}
