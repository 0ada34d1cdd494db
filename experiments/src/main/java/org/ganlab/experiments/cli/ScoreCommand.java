package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.core.data.SampleShape;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.ganlab.experiments.score.ExtractorOptions;
import org.ganlab.experiments.score.MetricName;
import org.ganlab.experiments.score.ScoreOptions;
import org.ganlab.experiments.score.Scoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ganlab score}: metrics from files, printed as one JSON object. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Compute GAN metrics from files and print one JSON object on one line: the metric values"
            + " (fid, kid_mean, kid_std, precision, recall, density, coverage, is_mean, is_std,"
            + " modes_covered, hq_fraction, classes_covered, kl_to_reference, psnr, ssim, c2st) and a"
            + " \"protocol\" object with every parameter used, sample counts, and the path, format,"
            + " shape and SHA-256 of each input. Non-finite values (PSNR of identical images) are"
            + " written as the string \"Infinity\".",
        "Forms:",
        "  score --metrics fid,kid,precision_recall,density_coverage --real R --fake F",
        "  score --metrics is --logits L            (or --probs P)",
        "  score --metrics modes --dataset ring8 --fake POINTS.csv",
        "  score --metrics class_coverage --labels L --num-classes C [--reference P]",
        "  score --metrics psnr,ssim --real A --fake B --shape 1,28,28 --scale 255",
        "  score --metrics fid --real DIR --fake DIR --extractor shapes-cnn",
        "  score --metrics c2st --real R --fake F [--seed N]   (features, points or images)",
        "Exit codes: 0 ok, 1 internal failure, 2 bad input (one line on stderr naming the problem)."},
    footer = {"",
        "Input formats:",
        "  Feature, logit, probability and point files: CSV without header, one sample per row,"
            + " comma separated, all rows the same length, finite numbers only; or NumPy .npy holding"
            + " a 2-D float32 ('<f4') or float64 ('<f8') array, little-endian, C order.",
        "  Labels: one integer in [0, C) per line. Reference: C probabilities (CSV, any layout).",
        "  Images (psnr, ssim, and any metric with --extractor): a folder of PNG or JPEG files"
            + " (*.png, *.jpg, *.jpeg read in file-name order, all the same size; 1 channel when all"
            + " are grey, else RGB);"
            + " an IDX image file (gzipped or raw, [N,H,W] or [N,C,H,W] unsigned bytes); or pixel"
            + " rows (CSV or .npy, one image per row, C*H*W values in C,H,W order) with --shape,"
            + " divided by --scale to [0, 1].",
        "",
        "Defaults follow the papers: precision_recall k=3 (inside a ball when distance <= radius),"
            + " density_coverage k=5 (strict <), KID 100 subsets of 1000 rows capped at"
            + " min(N_real, N_fake), IS 10 contiguous splits, modes covered by >= 1 point within"
            + " 3 sigma, c2st a k-NN (k = floor(sqrt(n_train)/2) made odd) trained on a seeded half of"
            + " min(N_real, N_fake) rows of each input and tested on the other half. An option that"
            + " none of the requested metrics uses is refused."})
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--metrics", required = true, paramLabel = "LIST",
      description = "Comma-separated metrics: fid, kid, precision_recall, density_coverage, is,"
          + " modes, class_coverage, psnr, ssim, c2st.")
  String metrics;

  @Option(names = "--real", paramLabel = "FILE|DIR",
      description = "Real features (fid, kid, precision_recall, density_coverage, c2st), reference"
          + " images (psnr, ssim; c2st compares them as pixels), or real images with --extractor.")
  Path real;

  @Option(names = "--fake", paramLabel = "FILE|DIR",
      description = "Generated features, images (psnr, ssim, c2st; any metric with --extractor), or"
          + " 2-D points (modes, c2st).")
  Path fake;

  @Option(names = "--k", paramLabel = "K",
      description = "Neighbourhood size: default 3 for precision_recall, 5 for density_coverage."
          + " When given it applies to both of them.")
  Integer k;

  @Option(names = "--kid-subsets", paramLabel = "S",
      description = "KID: number of random subsets (default 100).")
  Integer kidSubsets;

  @Option(names = "--kid-subset-size", paramLabel = "M",
      description = "KID: rows per subset (default 1000), capped at min(N_real, N_fake); at least 2."
          + " One subset of size N = N_real = N_fake gives the MMD^2 of the full sets.")
  Integer kidSubsetSize;

  @Option(names = "--seed", paramLabel = "N",
      description = "KID: seed of the subset draw; c2st: seed of the train/test split (default 0).")
  Long seed;

  @Option(names = "--logits", paramLabel = "FILE",
      description = "is: classifier logits [N, C]; softmax taken in float64.")
  Path logits;

  @Option(names = "--probs", paramLabel = "FILE",
      description = "is: class probabilities [N, C], rows summing to 1.")
  Path probs;

  @Option(names = "--splits", paramLabel = "N",
      description = "is: number of contiguous splits (default 10).")
  Integer splits;

  @Option(names = "--dataset", paramLabel = "NAME",
      description = "modes: ring8 (8 centres on radius 2, sigma 0.02) or grid25 ({-4..4 step 2}^2,"
          + " sigma 0.05).")
  String dataset;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "class_coverage: predicted labels, one integer per line.")
  Path labels;

  @Option(names = "--num-classes", paramLabel = "C",
      description = "class_coverage: number of classes (1000 for stacked MNIST).")
  Integer numClasses;

  @Option(names = "--reference", paramLabel = "FILE",
      description = "class_coverage: reference class distribution, C probabilities (default"
          + " uniform).")
  Path reference;

  @Option(names = "--shape", paramLabel = "C,H,W",
      description = "Shape of one image in pixel-row files, e.g. 1,28,28.")
  String shape;

  @Option(names = "--scale", paramLabel = "V",
      description = "Pixel value that maps to 1 in pixel-row files (default 255).")
  Double scale;

  @Option(names = "--extractor", paramLabel = "TYPE",
      description = "Network that turns image inputs into features and class probabilities:"
          + " shapes-cnn, fashion-mnist-cnn or torchscript. Without it --real/--fake are feature"
          + " files.")
  String extractor;

  @Option(names = "--extractor-path", paramLabel = "FILE",
      description = "torchscript: the TorchScript model file.")
  Path extractorPath;

  @Option(names = "--input-size", paramLabel = "S",
      description = "torchscript: side of the square input, images resized bilinearly (default 299).")
  Integer inputSize;

  @Option(names = "--input-channels", paramLabel = "C",
      description = "torchscript: input channels, grey repeated to 3 (default 3).")
  Integer inputChannels;

  @Option(names = "--mean", paramLabel = "M", split = ",",
      description = "torchscript: per-channel mean subtracted after mapping to [0, 1] (default 0).")
  List<Double> mean;

  @Option(names = "--std", paramLabel = "S", split = ",",
      description = "torchscript: per-channel divisor after the mean (default 1).")
  List<Double> std;

  @Option(names = "--batch-size", paramLabel = "B",
      description = "Extractor: images per forward pass (default 256).")
  Integer batchSize;

  @Override
  public Integer call() {
    ScoreOptions options = new ScoreOptions(MetricName.parseList(metrics), real, fake, logits, probs,
        labels, reference, k, kidSubsets, kidSubsetSize, seed, splits, dataset, numClasses,
        shape == null ? null : parseShape(shape), scale,
        new ExtractorOptions(extractor, extractorPath, inputSize, inputChannels, mean, std,
            batchSize).toConfig());
    spec.commandLine().getOut().println(Scoring.run(options, FeatureExtractors::open).toJson());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static SampleShape parseShape(String text) {
    String[] parts = text.split(",");
    int[] dims = new int[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        dims[i] = Integer.parseInt(parts[i].trim());
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--shape must be C,H,W (positive integers), found '"
          + text + "'", e);
    }
    if (dims.length != 3 || dims[0] < 1 || dims[1] < 1 || dims[2] < 1) {
      throw new IllegalArgumentException("--shape must be C,H,W (positive integers), found '"
          + text + "'");
    }
    return new SampleShape(dims);
  }
}
