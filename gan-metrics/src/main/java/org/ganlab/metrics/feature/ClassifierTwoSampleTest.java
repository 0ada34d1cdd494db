package org.ganlab.metrics.feature;

import java.util.SplittableRandom;
import org.ganlab.metrics.feature.internal.FeatureMatrices;
import org.ganlab.metrics.feature.internal.NearestNeighbourVote;

/**
 * The classifier two-sample test (Lopez-Paz and Oquab 2017, "Revisiting Classifier Two-Sample Tests"):
 * a classifier learns to tell real rows from generated ones on one half of each sample and its
 * accuracy on the other half is the statistic: 0.5 when the two distributions cannot be told apart, 1
 * when they are perfectly separable. Under the null hypothesis the held-out accuracy is binomial, with
 * standard error {@code sqrt(0.25 / n_test)}.
 *
 * <p>The classifier is the paper's C2ST-KNN variant: k nearest neighbours (Euclidean, float64) with
 * {@code k = ⌊√n_train / 2⌋} over the {@code n_train} training rows of both classes, raised to the next
 * odd number so that no vote is tied. k-NN was chosen over the paper's small neural network because it
 * has no training to seed or to converge, so the value depends only on the data and the split; it is
 * non-linear, so it tells a ring of modes from a collapsed ring where a linear classifier cannot; and
 * it uses the same Euclidean feature geometry as precision/recall and density/coverage.
 *
 * <p>Protocol: {@code n = min(N, M)} rows of each sample are drawn by a seeded permutation (the classes
 * are balanced), the first {@code ⌊n / 2⌋} of each fit the classifier, the other {@code n − ⌊n / 2⌋}
 * of each are held out. Training rows alternate real and generated, so a distance tie (broken by the
 * lower training row) favours neither class systematically.
 */
public final class ClassifierTwoSampleTest {

  private ClassifierTwoSampleTest() {}

  /**
   * Runs the test with the paper's {@code k}.
   *
   * @param real real rows {@code [N][d]}, {@code N ≥ 2}
   * @param fake generated rows {@code [M][d]}, {@code M ≥ 2}
   * @param seed seed of the split
   * @return the held-out accuracy and the protocol
   * @throws IllegalArgumentException for ragged or non-finite input, different dimensions or fewer
   *     than 2 rows on a side
   */
  public static C2stResult compute(double[][] real, double[][] fake, long seed) {
    checkInput(real, fake);
    int trainPerClass = Math.min(real.length, fake.length) / 2;
    return compute(real, fake, defaultK(2 * trainPerClass), seed);
  }

  /**
   * Runs the test with a chosen number of voting neighbours.
   *
   * @param real real rows {@code [N][d]}, {@code N ≥ 2}
   * @param fake generated rows {@code [M][d]}, {@code M ≥ 2}
   * @param k voting neighbours: odd, at most the {@code 2 ⌊min(N, M) / 2⌋} training rows
   * @param seed seed of the split
   * @return the held-out accuracy and the protocol
   * @throws IllegalArgumentException for bad input or {@code k}, named in the message
   */
  public static C2stResult compute(double[][] real, double[][] fake, int k, long seed) {
    checkInput(real, fake);
    int n = Math.min(real.length, fake.length);
    int trainPerClass = n / 2;
    int testPerClass = n - trainPerClass;
    SplittableRandom random = new SplittableRandom(seed);
    int[] realOrder = permutation(real.length, random);
    int[] fakeOrder = permutation(fake.length, random);
    double[][] train = new double[2 * trainPerClass][];
    boolean[] trainIsFake = new boolean[2 * trainPerClass];
    for (int i = 0; i < trainPerClass; i++) {
      train[2 * i] = real[realOrder[i]];
      train[2 * i + 1] = fake[fakeOrder[i]];
      trainIsFake[2 * i + 1] = true;
    }
    double[][] test = new double[2 * testPerClass][];
    for (int i = 0; i < testPerClass; i++) {
      test[i] = real[realOrder[trainPerClass + i]];
      test[testPerClass + i] = fake[fakeOrder[trainPerClass + i]];
    }
    boolean[] predictedFake = NearestNeighbourVote.predict(train, trainIsFake, test, k);
    int correct = 0;
    for (int i = 0; i < test.length; i++) {
      correct += predictedFake[i] == (i >= testPerClass) ? 1 : 0;
    }
    return new C2stResult(correct / (double) test.length, k, trainPerClass, testPerClass, seed);
  }

  /**
   * Returns the paper's number of voting neighbours for a training set, made odd.
   *
   * @param trainRows training rows of both classes together
   * @return {@code ⌊√trainRows / 2⌋}, at least 1, plus 1 when even
   */
  public static int defaultK(int trainRows) {
    int k = Math.max(1, (int) Math.floor(Math.sqrt(trainRows) / 2));
    return k % 2 == 0 ? k + 1 : k;
  }

  private static void checkInput(double[][] real, double[][] fake) {
    FeatureMatrices.checkPair(real, fake);
    String why = "one row to train on and one to hold out";
    FeatureMatrices.checkRows("real", real, 2, why);
    FeatureMatrices.checkRows("fake", fake, 2, why);
  }

  /** A seeded Fisher-Yates permutation of {@code 0 … n−1}. */
  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
