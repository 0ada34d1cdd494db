package org.ganlab.core.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws one random shape into a {@code [C, S, S]} slot of a float array: random class, size (radius
 * 22–38 % of the side), position (kept inside), rotation, brightness and, for 3 channels, colour.
 * Edge pixels are anti-aliased by 4×4 supersampling; the background is -1 and a fully covered pixel
 * takes the shape's value: brightness in [0.3, 1] for grey, brightness times a per-channel tint in
 * [0.3, 1] for colour.
 */
final class ShapeRenderer {
  private static final int SUB = 4;
  private static final ShapeKind[] KINDS = ShapeKind.values();

  private final int size;
  private final int channels;
  private final float[] coverage;
  private final float[] colour;
  private final boolean[] corners;
  private ShapeKind kind;
  private double centreX;
  private double centreY;
  private double cos;
  private double sin;

  /**
   * Creates a renderer; it keeps scratch buffers, so use one per thread.
   *
   * @param size image side S in pixels
   * @param channels 1 (grey) or 3 (RGB)
   */
  ShapeRenderer(int size, int channels) {
    this.size = size;
    this.channels = channels;
    this.coverage = new float[size * size];
    this.colour = new float[channels];
    this.corners = new boolean[(size + 1) * (size + 1)];
  }

  /**
   * Draws the next random shape.
   *
   * @param random source of the shape's parameters
   * @param classes the classes to draw from, uniformly
   * @param out destination array
   * @param offset index of the sample's first value in {@code out}
   * @return the class label, one of {@code classes}
   */
  int draw(SplittableRandom random, int[] classes, float[] out, int offset) {
    int label = classes[random.nextInt(classes.length)];
    double radius = size * random.nextDouble(0.22, 0.38);
    double cx = random.nextDouble(radius + 0.5, size - radius - 0.5);
    double cy = random.nextDouble(radius + 0.5, size - radius - 0.5);
    double angle = random.nextDouble(2 * Math.PI);
    double brightness = random.nextDouble(0.3, 1.0);
    for (int c = 0; c < channels; c++) {
      colour[c] = (float) (channels == 1 ? brightness : brightness * random.nextDouble(0.3, 1.0));
    }
    rasterise(KINDS[label], cx, cy, radius, angle);
    paint(coverage, out, offset);
    return label;
  }

  /**
   * Paints the outline of the shape the last {@link #draw} drew, in the same colour: a pixel's outline
   * coverage is its coverage minus the least coverage in its 3×3 neighbourhood (pixels outside the
   * image count as empty), so the filled interior vanishes and a band of one to two pixels along the
   * edge stays, anti-aliased like the shape. It is a fixed function of the filled image, which makes it
   * a translation task with a known answer.
   *
   * @param out destination array
   * @param offset index of the sample's first value in {@code out}
   */
  void paintOutline(float[] out, int offset) {
    float[] outline = new float[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        outline[y * size + x] = coverage[y * size + x] - neighbourhoodMinimum(x, y);
      }
    }
    paint(outline, out, offset);
  }

  private float neighbourhoodMinimum(int x, int y) {
    float least = 1f;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int nx = x + dx;
        int ny = y + dy;
        boolean inside = nx >= 0 && ny >= 0 && nx < size && ny < size;
        least = Math.min(least, inside ? coverage[ny * size + nx] : 0f);
      }
    }
    return least;
  }

  /**
   * Computes the fraction of each pixel's 4×4 subsamples that fall inside a placed shape. A pixel whose
   * four corners are all inside (or all outside) is taken as fully covered (or empty) without
   * supersampling; shape features are wider than a pixel, so this only skips work.
   *
   * @param kind the shape
   * @param cx centre column in pixels (pixel x spans [x, x + 1))
   * @param cy centre row in pixels
   * @param radius radius of the shape's unit disc in pixels
   * @param angle rotation in radians
   * @return coverage {@code [S, S]} in [0, 1]; a scratch buffer, overwritten by the next call
   */
  float[] rasterise(ShapeKind kind, double cx, double cy, double radius, double angle) {
    Arrays.fill(coverage, 0f);
    this.kind = kind;
    this.centreX = cx;
    this.centreY = cy;
    this.cos = StrictMath.cos(angle) / radius;
    this.sin = StrictMath.sin(angle) / radius;
    int x0 = Math.max(0, (int) Math.floor(cx - radius));
    int x1 = Math.min(size - 1, (int) Math.ceil(cx + radius));
    int y0 = Math.max(0, (int) Math.floor(cy - radius));
    int y1 = Math.min(size - 1, (int) Math.ceil(cy + radius));
    markCorners(x0, x1 + 1, y0, y1 + 1);
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        coverage[y * size + x] = pixelCoverage(x, y);
      }
    }
    return coverage;
  }

  /** Tests the lattice of pixel corners in [x0, x1] × [y0, y1] once, for all pixels sharing them. */
  private void markCorners(int x0, int x1, int y0, int y1) {
    int stride = size + 1;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        corners[y * stride + x] = inside(x, y);
      }
    }
  }

  private float pixelCoverage(int x, int y) {
    int stride = size + 1;
    int at = y * stride + x;
    boolean first = corners[at];
    if (corners[at + 1] == first && corners[at + stride] == first
        && corners[at + stride + 1] == first) {
      return first ? 1f : 0f;
    }
    int hits = 0;
    for (int sy = 0; sy < SUB; sy++) {
      for (int sx = 0; sx < SUB; sx++) {
        hits += inside(x + (sx + 0.5) / SUB, y + (sy + 0.5) / SUB) ? 1 : 0;
      }
    }
    return hits / (float) (SUB * SUB);
  }

  private boolean inside(double x, double y) {
    double dx = x - centreX;
    double dy = y - centreY;
    return kind.contains(cos * dx + sin * dy, cos * dy - sin * dx);
  }

  /** Blends the shape colour over the -1 background by a coverage map, channel by channel. */
  private void paint(float[] cover, float[] out, int offset) {
    int plane = size * size;
    for (int c = 0; c < channels; c++) {
      float lift = 1f + colour[c];
      int base = offset + c * plane;
      for (int p = 0; p < plane; p++) {
        out[base + p] = -1f + cover[p] * lift;
      }
    }
  }
}
