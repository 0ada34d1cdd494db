package org.ganlab.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid name a user most likely meant ("did you mean 'training'?"), by edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the candidate closest to the input when it is close enough to be a likely typo: at most one
   * edit for names of up to three characters, at most two otherwise.
   *
   * @param input the name the user wrote
   * @param candidates the valid names, in the order ties are broken
   * @return the closest candidate, or empty when none is close
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    int limit = input.length() <= 3 ? 1 : 2;
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : candidates) {
      int distance = distance(input.toLowerCase(Locale.ROOT), candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns a message suffix naming the closest candidate, or an empty string.
   *
   * @param input the name the user wrote
   * @param candidates the valid names
   * @return {@code "; did you mean 'x'?"} or {@code ""}
   */
  public static String hint(String input, Collection<String> candidates) {
    return closest(input, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * Returns the optimal-string-alignment (restricted Damerau-Levenshtein) distance: insertions,
   * deletions, substitutions and swaps of two adjacent characters each count one.
   *
   * @param a one string
   * @param b the other string
   * @return the number of edits that turn a into b
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = cell(d, a, b, i, j);
      }
    }
    return d[a.length()][b.length()];
  }

  private static int cell(int[][] d, String a, String b, int i, int j) {
    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
    int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
    boolean swapped =
        i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
    return swapped ? Math.min(best, d[i - 2][j - 2] + 1) : best;
  }
}
