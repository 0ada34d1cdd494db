package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.metric.Translation;
import org.ganlab.core.engine.NativeArrays;

/**
 * Runs a translation model over held-out inputs for evaluation: the translations, the baseline's outputs,
 * and for a cycle-consistent model the reconstructions and the held-out targets mapped back, in chunks, each chunk in its own sub-manager (with the generator's moving
 * average when there is one); and the rows of the sample grid.
 */
final class TranslationSampler {
  private static final int CHUNK = 250;

  private final TranslationModels models;
  private final Ema ema;
  private final TranslationSource data;
  private final NDManager manager;

  TranslationSampler(TranslationModels models, Ema ema, TranslationSource data, NDManager manager) {
    this.models = models;
    this.ema = ema;
    this.data = data;
    this.manager = manager;
  }

  /** The translated held-out inputs and what metrics compare them with. */
  record Translated(Batch generated, Translation translation) {}

  /**
   * Translates the first {@code n} held-out inputs.
   *
   * @param n how many inputs (fewer when the source has fewer)
   * @return translations, baseline outputs, reconstructions and back-translations (when the model has
   *     a way back)
   */
  Translated translate(int n) {
    Batch inputs = data.heldOutInputs(n);
    Batch generated = map(inputs, data.shape(), this::averaged);
    Batch baseline = map(inputs, data.shape(), models::baseline);
    Batch reconstructed = null;
    Batch backTranslated = null;
    if (models.cycles()) {
      reconstructed = map(inputs, data.inputShape(), models::reconstruct);
      backTranslated = map(data.heldOut(n), data.inputShape(), models::translateBack);
    }
    return new Translated(generated,
        new Translation(inputs, baseline, reconstructed, backTranslated, data.paired()));
  }

  /**
   * Returns the sample grid of the first {@code rows} held-out inputs: per input the model's panels,
   * and the true target when the source is paired.
   *
   * @param rows number of inputs shown
   * @return the grid's images, row by row, {@code [rows * columns, ...targetShape]}, and the columns
   */
  GridRows gridRows(int rows) {
    Batch inputs = data.heldOutInputs(rows);
    int count = inputs.size();
    try (NDManager sub = manager.newSubManager()) {
      NDArray input = NativeArrays.create(sub, inputs.values(), new Shape(inputs.shape().batchShape(count)));
      List<NDArray> panels = new ArrayList<>(ema == null ? models.gridPanels(input)
          : ema.withAveragedWeights(() -> models.gridPanels(input)));
      if (data.paired()) {
        Batch targets = data.heldOut(count);
        panels.add(NativeArrays.create(sub, targets.values(),
            new Shape(targets.shape().batchShape(count))));
      }
      NDArray grid = NDArrays.stack(new NDList(panels), 1);
      return new GridRows(grid.toFloatArray(), panels.size());
    }
  }

  /** Grid images in row-major order and the number of panels per row. */
  record GridRows(float[] values, int columns) {}

  private NDArray averaged(NDArray input) {
    return ema == null ? models.translate(input) : ema.withAveragedWeights(() -> models.translate(input));
  }

  private Batch map(Batch inputs, SampleShape outputShape, Function<NDArray, NDArray> model) {
    int n = inputs.size();
    int inSize = inputs.shape().size();
    int outSize = outputShape.size();
    float[] values = new float[n * outSize];
    for (int start = 0; start < n; start += CHUNK) {
      int count = Math.min(CHUNK, n - start);
      try (NDManager sub = manager.newSubManager()) {
        float[] chunk = Arrays.copyOfRange(inputs.values(), start * inSize,
            (start + count) * inSize);
        NDArray input = NativeArrays.create(sub, chunk, new Shape(inputs.shape().batchShape(count)));
        System.arraycopy(model.apply(input).toFloatArray(), 0, values, start * outSize, count * outSize);
      }
    }
    return new Batch(values, inputs.labels(), outputShape);
  }
}
