package org.ganlab.core.data;

/**
 * Data that cannot be read: a missing, truncated or corrupt file, an empty folder, an image no decoder
 * understands. The message names the path and what is wrong with it, and for missing data how to get it.
 */
public class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one-line message naming the path and the problem
   */
  public DataException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the I/O error that caused it.
   *
   * @param message one-line message naming the path and the problem
   * @param cause the underlying error
   */
  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
