package org.ganlab.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finite image set split into training and held-out parts.
 *
 * @param train the training images
 * @param heldOut the held-out images (test split), in a fixed order
 * @param numClasses number of classes, 0 when unlabelled
 * @param origin where the images were read from: path and SHA-256 digests of the files, in order
 */
record SplitImages(ByteImages train, ByteImages heldOut, int numClasses, Map<String, String> origin) {

  /** Copies the origin. */
  SplitImages {
    origin = Collections.unmodifiableMap(new LinkedHashMap<>(origin));
  }
}
