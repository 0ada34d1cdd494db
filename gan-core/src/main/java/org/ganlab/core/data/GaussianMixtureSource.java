package org.ganlab.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.random.Gaussian;

/**
 * A 2-D mixture of equally weighted isotropic Gaussians, the standard mode-collapse benchmark (Metz et
 * al. 2017, "Unrolled GANs"; Srivastava et al. 2017, "VEEGAN"). Each sample picks a mode uniformly at
 * random and adds {@code N(0, σ²)} noise per coordinate. Samples are raw coordinates, shape {@code [2]},
 * unlabelled.
 */
public final class GaussianMixtureSource implements DataSource, GaussianMixture {
  private static final SampleShape SHAPE = new SampleShape(2);

  private final String name;
  private final String layout;
  private final double[][] centres;
  private final double sigma;
  private final long seed;

  private GaussianMixtureSource(String name, String layout, double[][] centres, double sigma,
      long seed) {
    this.name = name;
    this.layout = layout;
    this.centres = centres;
    this.sigma = sigma;
    this.seed = seed;
  }

  /**
   * Opens {@code ring8}: 8 modes on a circle of radius 2 at angles 2πk/8, σ = 0.02.
   *
   * @param seed the run seed
   * @return the source
   */
  public static GaussianMixtureSource ring8(long seed) {
    double[][] centres = new double[8][];
    for (int k = 0; k < 8; k++) {
      double angle = 2 * Math.PI * k / 8;
      centres[k] = new double[] {2 * StrictMath.cos(angle), 2 * StrictMath.sin(angle)};
    }
    return new GaussianMixtureSource(
        "ring8", "circle of radius 2 at angles 2*pi*k/8", centres, 0.02, seed);
  }

  /**
   * Opens {@code grid25}: 25 modes at {-4, -2, 0, 2, 4}², σ = 0.05.
   *
   * @param seed the run seed
   * @return the source
   */
  public static GaussianMixtureSource grid25(long seed) {
    double[][] centres = new double[25][];
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        centres[i * 5 + j] = new double[] {2 * i - 4, 2 * j - 4};
      }
    }
    return new GaussianMixtureSource("grid25", "grid {-4,-2,0,2,4}^2", centres, 0.05, seed);
  }

  @Override
  public Map<String, String> provenance() {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("source", name);
    provenance.put("modes", Integer.toString(centres.length));
    provenance.put("layout", layout);
    provenance.put("std", Double.toString(sigma));
    return provenance;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SampleShape shape() {
    return SHAPE;
  }

  @Override
  public int numClasses() {
    return 0;
  }

  /**
   * Draws batch {@code index}: {@code [batchSize, 2]} coordinates from a seed derived from the index.
   *
   * @param index batch index (0, 1, 2, ...)
   * @param batchSize samples per batch
   * @return the unlabelled batch
   */
  @Override
  public Batch trainBatch(long index, int batchSize) {
    return sample(SeedMix.derive(seed, SeedMix.TRAIN, index), batchSize);
  }

  /**
   * Draws the first {@code n} held-out points from a stream disjoint from training.
   *
   * @param n how many points
   * @return {@code [n, 2]} coordinates; a longer request starts with the same points
   */
  @Override
  public Batch heldOut(int n) {
    return sample(SeedMix.heldOut(), n);
  }

  @Override
  public double[][] centres() {
    double[][] copy = new double[centres.length][];
    for (int k = 0; k < centres.length; k++) {
      copy[k] = centres[k].clone();
    }
    return copy;
  }

  @Override
  public double sigma() {
    return sigma;
  }

  private Batch sample(long batchSeed, int n) {
    SplittableRandom random = new SplittableRandom(batchSeed);
    float[] values = new float[2 * n];
    for (int i = 0; i < n; i++) {
      double[] centre = centres[random.nextInt(centres.length)];
      float[] noise = Gaussian.sample(random, 2, 0, sigma);
      values[2 * i] = (float) (centre[0] + noise[0]);
      values[2 * i + 1] = (float) (centre[1] + noise[1]);
    }
    return new Batch(values, null, SHAPE);
  }
}
