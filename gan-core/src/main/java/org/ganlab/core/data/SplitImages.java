package org.ganlab.core.data;

/**
 * A finite image set split into training and held-out parts.
 *
 * @param train the training images
 * @param heldOut the held-out images (test split), in a fixed order
 * @param numClasses number of classes, 0 when unlabelled
 */
record SplitImages(ByteImages train, ByteImages heldOut, int numClasses) {}
