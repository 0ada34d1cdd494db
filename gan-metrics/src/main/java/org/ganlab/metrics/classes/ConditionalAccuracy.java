package org.ganlab.metrics.classes;

/**
 * Conditional accuracy of a class-conditional generator (as used for AC-GAN, Odena et al. 2017,
 * "Conditional Image Synthesis with Auxiliary Classifier GANs"): the share of generated samples that a
 * fixed classifier assigns to the class they were generated for.
 */
public final class ConditionalAccuracy {

  private ConditionalAccuracy() {}

  /**
   * Returns the share of samples whose predicted label equals the requested one.
   *
   * @param predicted labels the classifier predicts, {@code [N]}
   * @param requested labels the generator was asked for, {@code [N]}
   * @return accuracy in [0, 1]
   * @throws IllegalArgumentException for empty or differently sized arrays
   */
  public static double of(int[] predicted, int[] requested) {
    if (predicted == null || requested == null || predicted.length == 0) {
      throw new IllegalArgumentException("predicted and requested labels must not be empty");
    }
    if (predicted.length != requested.length) {
      throw new IllegalArgumentException("predicted has " + predicted.length
          + " labels but requested has " + requested.length);
    }
    int hits = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] == requested[i]) {
        hits++;
      }
    }
    return (double) hits / predicted.length;
  }
}
