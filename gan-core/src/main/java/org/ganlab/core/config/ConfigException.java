package org.ganlab.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more configuration values that cannot be used. Each problem is one line naming the field path,
 * the value found and what is allowed, e.g. {@code training.lr_d must be > 0, found -1.0}; the message is
 * those lines joined by newlines. The CLI prints every line and exits with 2.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, at least one. */
  private final List<ConfigProblem> problems;

  /**
   * Creates the exception for a single problem.
   *
   * @param field dotted path of the offending key, e.g. {@code training.lr_d}
   * @param message full one-line message (it should start with the field path)
   */
  public ConfigException(String field, String message) {
    this(List.of(new ConfigProblem(field, message)));
  }

  /**
   * Creates the exception for several problems found together.
   *
   * @param problems the problems, at least one, in the order found
   * @throws IllegalArgumentException when the list is empty
   */
  public ConfigException(List<ConfigProblem> problems) {
    super(problems.stream().map(ConfigProblem::message).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the dotted path of the first offending key.
   *
   * @return the field path
   */
  public String field() {
    return problems.get(0).field();
  }

  /**
   * Returns every problem, in the order found.
   *
   * @return at least one problem
   */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
