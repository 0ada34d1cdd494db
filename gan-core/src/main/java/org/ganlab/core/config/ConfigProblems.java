package org.ganlab.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the problems of a config so that all of them are reported at once: checks record what they
 * find instead of stopping at the first, and {@link #throwIfAny()} turns the list into one
 * {@link ConfigException}.
 */
public final class ConfigProblems {
  private final List<ConfigProblem> found = new ArrayList<>();

  /**
   * Records a problem.
   *
   * @param field dotted path of the offending key
   * @param message one line naming the field, the value found and what is allowed
   */
  public void add(String field, String message) {
    found.add(new ConfigProblem(field, message));
  }

  /**
   * Records every problem an exception carries.
   *
   * @param e a failed check
   */
  public void add(ConfigException e) {
    found.addAll(e.problems());
  }

  /**
   * Runs a check that throws {@link ConfigException} and records its problems instead.
   *
   * @param check the check
   * @return true when it passed
   */
  public boolean collect(Runnable check) {
    try {
      check.run();
      return true;
    } catch (ConfigException e) {
      add(e);
      return false;
    }
  }

  /**
   * Returns whether nothing was recorded.
   *
   * @return true when every check passed
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns the problems recorded so far, in the order found.
   *
   * @return an unmodifiable copy
   */
  public List<ConfigProblem> list() {
    return List.copyOf(found);
  }

  /**
   * Throws the problems recorded so far, if any, as one exception.
   *
   * @throws ConfigException listing every problem, one per line
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ConfigException(found);
    }
  }
}
