package org.ganlab.core.data;

/**
 * The ten classes of the {@code shapes} data set, in label order. Each is a point-in-shape test in
 * shape-local coordinates where the shape fits inside the unit disc. The set is chosen so that classes
 * stay distinct under any rotation (so no square-versus-diamond or plus-versus-X pairs).
 */
enum ShapeKind {
  /** 0: filled disc. */
  DISC {
    @Override
    boolean contains(double u, double v) {
      return u * u + v * v <= 0.64;
    }
  },
  /** 1: filled square. */
  SQUARE {
    @Override
    boolean contains(double u, double v) {
      return Math.abs(u) <= 0.68 && Math.abs(v) <= 0.68;
    }
  },
  /** 2: filled equilateral triangle, circumradius 1. */
  TRIANGLE {
    @Override
    boolean contains(double u, double v) {
      return triangleExtent(u, v) <= 0.5;
    }
  },
  /** 3: plus sign with arms of half-width 0.22. */
  PLUS {
    @Override
    boolean contains(double u, double v) {
      double au = Math.abs(u);
      double av = Math.abs(v);
      return au <= 0.9 && av <= 0.9 && (au <= 0.22 || av <= 0.22);
    }
  },
  /** 4: annulus between radii 0.5 and 0.9. */
  RING {
    @Override
    boolean contains(double u, double v) {
      double r2 = u * u + v * v;
      return r2 >= 0.25 && r2 <= 0.81;
    }
  },
  /** 5: ellipse with semi-axes 0.95 and 0.42. */
  ELLIPSE {
    @Override
    boolean contains(double u, double v) {
      double a = u / 0.95;
      double b = v / 0.42;
      return a * a + b * b <= 1;
    }
  },
  /** 6: three parallel bars. */
  BARS {
    @Override
    boolean contains(double u, double v) {
      double av = Math.abs(v);
      return Math.abs(u) <= 0.75 && (av <= 0.14 || (av >= 0.42 && av <= 0.7));
    }
  },
  /** 7: six-pointed star (two overlapping triangles). */
  STAR {
    @Override
    boolean contains(double u, double v) {
      return triangleExtent(u, v) <= 0.5 || triangleExtent(-u, -v) <= 0.5;
    }
  },
  /** 8: crescent, a disc with an offset disc cut out. */
  CRESCENT {
    @Override
    boolean contains(double u, double v) {
      double cut = u - 0.45;
      return u * u + v * v <= 0.81 && cut * cut + v * v > 0.5;
    }
  },
  /** 9: L-shaped corner of two bars. */
  CORNER {
    @Override
    boolean contains(double u, double v) {
      boolean inBox = Math.abs(u) <= 0.68 && Math.abs(v) <= 0.68;
      return inBox && (u <= -0.25 || v <= -0.25);
    }
  };

  private static final double SIN30 = 0.5;
  private static final double COS30 = Math.sqrt(3) / 2;

  /**
   * Tests whether a point lies inside the shape.
   *
   * @param u first shape-local coordinate, in units of the shape's radius
   * @param v second shape-local coordinate
   * @return true inside
   */
  abstract boolean contains(double u, double v);

  /**
   * Returns the largest projection of the point on the outward edge normals of an equilateral triangle
   * with circumradius 1 pointing up; the point is inside when this is at most the inradius 0.5.
   */
  private static double triangleExtent(double u, double v) {
    double down = -v;
    double right = COS30 * u + SIN30 * v;
    double left = -COS30 * u + SIN30 * v;
    return Math.max(down, Math.max(right, left));
  }
}
