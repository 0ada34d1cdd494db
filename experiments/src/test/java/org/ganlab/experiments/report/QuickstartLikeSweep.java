package org.ganlab.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake sweep shaped like the quickstart of old, whose report was unreadable: a grid of four losses of
 * a vanilla GAN on ring8 and two DCGAN include entries on shapes that set ten more keys, three seeds
 * each. The vanilla cells have mode metrics (modes_covered 8, 7, 6, 1 by loss, plus the seed), the DCGAN
 * cells image metrics (fid 40 and 60, kid_mean 0.012 and 0.020).
 */
final class QuickstartLikeSweep {
  /** The varying keys, grid key first, then those only the include entries set. */
  static final List<String> KEYS = List.of("loss.type", "model.variant", "data.source",
      "model.latent_dim", "model.width", "training.steps", "training.batch_size", "training.lr_g",
      "training.lr_d", "training.ema", "eval.every", "eval.samples");
  /** The grid's losses. */
  static final List<String> LOSSES = List.of("minimax", "non-saturating", "hinge", "wasserstein-gp");

  private QuickstartLikeSweep() {}

  /** Writes the sweep under {@code dir} and returns its directory. */
  static Path write(Path dir) throws IOException {
    FakeSweep sweep = new FakeSweep(dir.resolve("quickstart"), "quickstart", KEYS);
    for (int c = 0; c < LOSSES.size(); c++) {
      for (int seed = 1; seed <= 3; seed++) {
        FakeSweep.Run run = sweep.run("v" + c + seed, seed, vanilla(LOSSES.get(c)))
            .metric("modes_covered", 8 - (c == 3 ? 7 : c) - (seed == 2 ? 1 : 0))
            .metric("hq_fraction", 0.8 - 0.1 * c + 0.01 * seed)
            .metric("kl_to_uniform", 0.1 + 0.2 * c + 0.01 * seed)
            .metric("d_loss", 1.2 + 0.01 * seed);
        run.log = "step,d_loss,g_loss,lr_g,modes_covered\n10,1.5," + (0.5 + 0.2 * c) + ",1.0E-3,\n500,"
            + (1.4 - 0.1 * c) + "," + (0.9 + 0.2 * c) + ",1.0E-3," + (4 + c) + "\n1000,"
            + (1.3 - 0.1 * c) + "," + (1.0 + 0.2 * c) + ",1.0E-3," + (8 - c) + "\n";
      }
    }
    for (int c = 0; c < 2; c++) {
      for (int seed = 1; seed <= 3; seed++) {
        FakeSweep.Run run = sweep.run("d" + c + seed, seed, dcgan(c == 0 ? "non-saturating" : "hinge"))
            .metric("fid", 40 + 20 * c + seed).metric("kid_mean", 0.012 + 0.008 * c + 0.001 * seed)
            .metric("kid_std", 0.001).metric("precision", 0.6 + 0.01 * seed)
            .metric("recall", 0.5 - 0.1 * c).metric("is_mean", 7 + seed).metric("is_std", 0.1);
        run.log = "step,d_loss,g_loss,lr_g,fid\n200,1.1," + (0.7 + c) + ",2.0E-4," + (90 + c) + "\n400,"
            + (1.0 + c) + "," + (0.8 + c) + ",2.0E-4," + (40 + 20 * c + seed) + "\n";
      }
    }
    return sweep.write();
  }

  private static Map<String, Object> vanilla(String loss) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Object> settings = List.of(loss, "vanilla", "ring8", 2, 128, 1500, 256, 1.0E-3, 1.0E-3, 0.999,
        500, 2500);
    for (int i = 0; i < KEYS.size(); i++) {
      values.put(KEYS.get(i), settings.get(i));
    }
    return values;
  }

  private static Map<String, Object> dcgan(String loss) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Object> settings = List.of(loss, "dcgan", "shapes", 32, 16, 400, 32, 2.0E-4, 2.0E-4, 0.99,
        200, 2000);
    for (int i = 0; i < KEYS.size(); i++) {
      values.put(KEYS.get(i), settings.get(i));
    }
    return values;
  }
}
