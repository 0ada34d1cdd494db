package org.ganlab.core.config;

/**
 * A configuration value that cannot be used. The message names the field path, the value found and what
 * is allowed, e.g. {@code training.lr_d must be > 0, found -1.0}; the CLI prints it and exits with 2.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field dotted path of the offending key, e.g. {@code training.lr_d}
   * @param message full one-line message (it should start with the field path)
   */
  public ConfigException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * Returns the dotted path of the offending key.
   *
   * @return the field path
   */
  public String field() {
    return field;
  }
}
