package org.ganlab.experiments.reproduce;

/**
 * How a run ended.
 *
 * @param status {@code done}, {@code diverged}, {@code failed}, {@code running} (killed), or
 *     {@code stopped} for a reproduction stopped where the original's log ends
 * @param completedSteps steps completed
 */
public record Outcome(String status, long completedSteps) {

  /**
   * Describes it for a person.
   *
   * @return e.g. {@code diverged after 13 steps}
   */
  public String describe() {
    return status + " after " + completedSteps + " steps";
  }
}
