package org.ganlab.experiments.sweep;

/** Names on disk: a run's id from its config hash, and a directory name from an experiment name. */
public final class RunIds {
  /** Hex digits of the config hash that make a run id. */
  public static final int LENGTH = 12;

  private RunIds() {}

  /**
   * Returns a run's id: the same config always gets the same id.
   *
   * @param configSha256 SHA-256 of the resolved config's canonical JSON (64 hex digits)
   * @return its first 12 hex digits
   */
  public static String of(String configSha256) {
    return configSha256.substring(0, LENGTH);
  }

  /**
   * Makes an experiment name safe as a directory name.
   *
   * @param name the config's {@code name}
   * @return the name with every character outside {@code [A-Za-z0-9._-]} replaced by {@code _}, and
   *     prefixed with {@code run} when it would be empty or hidden
   */
  public static String safeName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "run" + safe : safe;
  }
}
