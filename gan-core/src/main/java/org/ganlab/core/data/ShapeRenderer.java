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
   * @param out destination array
   * @param offset index of the sample's first value in {@code out}
   * @return the class label in 0..9
   */
  int draw(SplittableRandom random, float[] out, int offset) {
    int label = random.nextInt(KINDS.length);
    double radius = size * random.nextDouble(0.22, 0.38);
    double cx = random.nextDouble(radius + 0.5, size - radius - 0.5);
    double cy = random.nextDouble(radius + 0.5, size - radius - 0.5);
    double angle = random.nextDouble(2 * Math.PI);
    double brightness = random.nextDouble(0.3, 1.0);
    for (int c = 0; c < channels; c++) {
      colour[c] = (float) (channels == 1 ? brightness : brightness * random.nextDouble(0.3, 1.0));
    }
    rasterise(KINDS[label], cx, cy, radius, angle);
    paint(out, offset);
    return label;
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

  /** Blends the shape colour over the -1 background by coverage, channel by channel. */
  private void paint(float[] out, int offset) {
    int plane = size * size;
    for (int c = 0; c < channels; c++) {
      float lift = 1f + colour[c];
      int base = offset + c * plane;
      for (int p = 0; p < plane; p++) {
        out[base + p] = -1f + coverage[p] * lift;
      }
    }
  }
}
