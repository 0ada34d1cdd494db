package org.ganlab.core.data;

import java.util.List;

/** A labelled data source that can draw only some of its classes, for two-domain views. */
public interface ClassRestrictable extends DataSource {

  /**
   * Returns a source of this data restricted to some classes, with its own randomness.
   *
   * @param classes the classes kept, each in {@code [0, numClasses())}
   * @param stream salt that makes the restricted source's draws independent of other restrictions
   * @return the restricted source; its labels stay the original class numbers
   */
  DataSource restrictedTo(List<Integer> classes, long stream);
}
