package org.ganlab.core.data;

/**
 * Images held as unsigned bytes, as they come from disk, so a whole data set stays small in memory.
 *
 * @param pixels row-major {@code [count, C, H, W]}, unsigned 0..255 (0 = background)
 * @param labels class labels {@code [count]}, or {@code null} when unlabelled
 * @param shape the stored shape {@code [C, H, W]} of one image
 */
record ByteImages(byte[] pixels, int[] labels, SampleShape shape) {

  /** Checks that pixels and labels agree on the count. */
  ByteImages {
    if (pixels.length % shape.size() != 0
        || (labels != null && labels.length != pixels.length / shape.size())) {
      throw new IllegalArgumentException("pixels and labels disagree on the number of images");
    }
  }

  /**
   * Returns the number of images.
   *
   * @return pixels.length / shape.size()
   */
  int count() {
    return pixels.length / shape.size();
  }

  /**
   * Returns the number of classes.
   *
   * @return the largest label + 1, or 0 when unlabelled
   */
  int numClasses() {
    if (labels == null) {
      return 0;
    }
    int max = -1;
    for (int label : labels) {
      max = Math.max(max, label);
    }
    return max + 1;
  }

  /**
   * Returns the images whose label is one of {@code classes}, in their original order.
   *
   * @param classes the labels kept
   * @return the kept images with their labels
   * @throws IllegalArgumentException when the images are unlabelled
   */
  ByteImages withLabels(java.util.Set<Integer> classes) {
    if (labels == null) {
      throw new IllegalArgumentException("unlabelled images cannot be split by class");
    }
    int size = shape.size();
    int kept = (int) java.util.Arrays.stream(labels).filter(classes::contains).count();
    byte[] keptPixels = new byte[kept * size];
    int[] keptLabels = new int[kept];
    int next = 0;
    for (int i = 0; i < labels.length; i++) {
      if (classes.contains(labels[i])) {
        System.arraycopy(pixels, i * size, keptPixels, next * size, size);
        keptLabels[next++] = labels[i];
      }
    }
    return new ByteImages(keptPixels, keptLabels, shape);
  }
}
