package org.ganlab.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.random.Gaussian;

/**
 * A 2-D mixture of equally weighted isotropic Gaussians, the standard mode-collapse benchmark (Metz et
 * al. 2017, "Unrolled GANs"; Srivastava et al. 2017, "VEEGAN"). Each sample picks a mode uniformly at
 * random and adds {@code N(0, σ²)} noise per coordinate. Samples are raw coordinates, shape {@code [2]},
 * unlabelled. Training batches are fresh draws by default; {@link #withTrainSize} fixes a finite training
 * set instead, drawn once from the seed and iterated in shuffled epochs (PacGAN's protocol).
 */
public final class GaussianMixtureSource implements DataSource, GaussianMixture {
  /** The radius of {@code ring8} when none is configured. */
  public static final double RING_RADIUS = 2;
  /** The σ of {@code ring8} when none is configured. */
  public static final double RING_STD = 0.02;
  /** The spacing of neighbouring {@code grid25} modes when none is configured. */
  public static final double GRID_SPACING = 2;
  /** The σ of {@code grid25} when none is configured. */
  public static final double GRID_STD = 0.05;

  private static final SampleShape SHAPE = new SampleShape(2);

  private final String name;
  private final Map<String, String> geometry;
  private final double[][] centres;
  private final double sigma;
  private final long seed;
  private final float[] trainingSet;
  private final EpochPermutations epochs;

  private GaussianMixtureSource(String name, Map<String, String> geometry, double[][] centres,
      double sigma, long seed, int trainSize) {
    this.name = name;
    this.geometry = geometry;
    this.centres = centres;
    this.sigma = sigma;
    this.seed = seed;
    this.trainingSet =
        trainSize == 0 ? null : sample(SeedMix.derive(seed, SeedMix.TRAIN_SET, 0), trainSize).values();
    this.epochs = trainSize == 0 ? null : new EpochPermutations(trainSize, seed);
  }

  /**
   * Opens {@code ring8} with its default geometry: radius {@value #RING_RADIUS}, σ = {@value #RING_STD}.
   *
   * @param seed the run seed
   * @return the source
   */
  public static GaussianMixtureSource ring8(long seed) {
    return ring8(seed, RING_RADIUS, RING_STD);
  }

  /**
   * Opens {@code ring8}: 8 modes on a circle of the given radius at angles 2πk/8.
   *
   * @param seed the run seed
   * @param radius the circle's radius (&gt; 0)
   * @param std σ of every component (&gt; 0)
   * @return the source
   */
  public static GaussianMixtureSource ring8(long seed, double radius, double std) {
    double[][] centres = new double[8][];
    for (int k = 0; k < 8; k++) {
      double angle = 2 * Math.PI * k / 8;
      centres[k] = new double[] {radius * StrictMath.cos(angle), radius * StrictMath.sin(angle)};
    }
    Map<String, String> geometry = new LinkedHashMap<>();
    geometry.put("layout", "circle of radius " + plain(radius) + " at angles 2*pi*k/8");
    geometry.put("radius", Double.toString(radius));
    return new GaussianMixtureSource("ring8", geometry, centres, std, seed, 0);
  }

  /**
   * Opens {@code grid25} with its default geometry: modes at {-4, -2, 0, 2, 4}², σ = {@value #GRID_STD}.
   *
   * @param seed the run seed
   * @return the source
   */
  public static GaussianMixtureSource grid25(long seed) {
    return grid25(seed, GRID_SPACING, GRID_STD);
  }

  /**
   * Opens {@code grid25}: 25 modes at {-2s, -s, 0, s, 2s}² for spacing s.
   *
   * @param seed the run seed
   * @param spacing distance between neighbouring modes (&gt; 0)
   * @param std σ of every component (&gt; 0)
   * @return the source
   */
  public static GaussianMixtureSource grid25(long seed, double spacing, double std) {
    double[][] centres = new double[25][];
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        centres[i * 5 + j] = new double[] {(i - 2) * spacing, (j - 2) * spacing};
      }
    }
    StringBuilder axis = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      axis.append(i == 0 ? "" : ",").append(plain((i - 2) * spacing));
    }
    Map<String, String> geometry = new LinkedHashMap<>();
    geometry.put("layout", "grid {" + axis + "}^2");
    geometry.put("spacing", Double.toString(spacing));
    return new GaussianMixtureSource("grid25", geometry, centres, std, seed, 0);
  }

  /**
   * Returns this mixture with a fixed training set: {@code trainSize} points drawn once from the seed,
   * served in shuffled epochs (each a permutation seeded from the run seed and the epoch).
   *
   * @param trainSize points in the training set (&ge; 1)
   * @return the source; held-out points are unchanged
   */
  public GaussianMixtureSource withTrainSize(int trainSize) {
    if (trainSize < 1) {
      throw new IllegalArgumentException("a training set needs at least one point, found " + trainSize);
    }
    return new GaussianMixtureSource(name, geometry, centres, sigma, seed, trainSize);
  }

  @Override
  public Map<String, String> provenance() {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("source", name);
    provenance.put("modes", Integer.toString(centres.length));
    provenance.putAll(geometry);
    provenance.put("std", Double.toString(sigma));
    if (trainingSet != null) {
      provenance.put("train_size", Integer.toString(trainingSet.length / 2));
    }
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
   * Returns batch {@code index}: {@code [batchSize, 2]} coordinates, drawn from a seed derived from the
   * index, or with a fixed training set its points at stream positions {@code index * batchSize} on.
   *
   * @param index batch index (0, 1, 2, ...)
   * @param batchSize samples per batch
   * @return the unlabelled batch
   */
  @Override
  public Batch trainBatch(long index, int batchSize) {
    if (trainingSet == null) {
      return sample(SeedMix.derive(seed, SeedMix.TRAIN, index), batchSize);
    }
    float[] values = new float[2 * batchSize];
    long start = index * batchSize;
    for (int i = 0; i < batchSize; i++) {
      int chosen = epochs.sampleAt(start + i);
      values[2 * i] = trainingSet[2 * chosen];
      values[2 * i + 1] = trainingSet[2 * chosen + 1];
    }
    return new Batch(values, null, SHAPE);
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

  /** Writes a number without a trailing {@code .0} when it is whole, e.g. 2 or 1.5. */
  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
