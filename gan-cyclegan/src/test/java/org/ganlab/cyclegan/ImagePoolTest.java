package org.ganlab.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.io.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool against a plain-Java model of the rule (same seed, same draws), with images that are
 * constant arrays, so each image is known by its value.
 */
class ImagePoolTest {
  private static final SampleShape IMAGE = new SampleShape(1, 2, 2);

  /** A batch of constant images {@code [n, 1, 2, 2]}, image i filled with {@code values[i]}. */
  private static NDArray images(NDManager manager, float... values) {
    float[] all = new float[values.length * IMAGE.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = values[i / IMAGE.size()];
    }
    return NativeArrays.create(manager, all, new Shape(IMAGE.batchShape(values.length)));
  }

  /** The value of each constant image of a batch. */
  private static float[] valuesOf(NDArray batch) {
    float[] all = batch.toFloatArray();
    float[] values = new float[all.length / IMAGE.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = all[i * IMAGE.size()];
      for (int j = 1; j < IMAGE.size(); j++) {
        assertThat(all[i * IMAGE.size() + j]).isEqualTo(values[i]);
      }
    }
    return values;
  }

  private static NDArray stored(ImagePool pool) {
    return pool.getParameters().get("images").getArray();
  }

  @Test
  void whileFillingItStoresAndReturnsEachNewFakeAndDrawsNothing() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ImagePool pool = new ImagePool(3, IMAGE);
      pool.initialize(manager);
      SplittableRandom random = new SplittableRandom(7);

      NDArray returned = pool.query(images(manager, 1f, 2f), random);

      assertThat(valuesOf(returned)).containsExactly(1f, 2f);
      assertThat(pool.size()).isEqualTo(2);
      assertThat(valuesOf(stored(pool))).containsExactly(1f, 2f, 0f);
      assertThat(random.nextLong()).isEqualTo(new SplittableRandom(7).nextLong());
    }
  }

  @Test
  void onceFullHalfTheFakesAreSwappedForAStoredOne() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ImagePool pool = new ImagePool(3, IMAGE);
      pool.initialize(manager);
      pool.query(images(manager, 1f, 2f, 3f, 4f), new SplittableRandom(0));
      float[] model = {1f, 2f, 3f};
      assertThat(valuesOf(stored(pool))).containsExactly(model);
      SplittableRandom random = new SplittableRandom(42);
      SplittableRandom modelRandom = new SplittableRandom(42);
      int swaps = 0;
      float next = 10f;
      for (int query = 0; query < 20; query++) {
        float[] fakes = {next++, next++};

        float[] returned = valuesOf(pool.query(images(manager, fakes), random));

        for (int i = 0; i < fakes.length; i++) {
          float expected = fakes[i];
          if (modelRandom.nextDouble() < 0.5) {
            int slot = modelRandom.nextInt(model.length);
            expected = model[slot];
            model[slot] = fakes[i];
            swaps++;
          }
          assertThat(returned[i]).isEqualTo(expected);
        }
        assertThat(valuesOf(stored(pool))).containsExactly(model);
        assertThat(pool.size()).isEqualTo(3);
      }
      assertThat(swaps).isBetween(10, 30);
    }
  }

  @Test
  void theFourthFakeOfAFirstBatchAlreadyMeetsAFullPool() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ImagePool pool = new ImagePool(3, IMAGE);
      pool.initialize(manager);
      SplittableRandom modelRandom = new SplittableRandom(5);
      float[] expected = {1f, 2f, 3f, 4f};
      float[] model = {1f, 2f, 3f};
      if (modelRandom.nextDouble() < 0.5) {
        int slot = modelRandom.nextInt(3);
        expected[3] = model[slot];
        model[slot] = 4f;
      }

      float[] returned = valuesOf(pool.query(images(manager, 1f, 2f, 3f, 4f), new SplittableRandom(5)));

      assertThat(returned).containsExactly(expected);
      assertThat(valuesOf(stored(pool))).containsExactly(model);
    }
  }

  @Test
  void aPoolOfCapacityZeroHasNoStateAndPassesFakesThrough() {
    try (NDManager manager = NDManager.newBaseManager()) {
      ImagePool pool = new ImagePool(0, IMAGE);
      pool.initialize(manager);
      NDArray fakes = images(manager, 1f, 2f);

      assertThat(pool.query(fakes, new SplittableRandom(1))).isSameAs(fakes);
      assertThat(pool.getParameters().isEmpty()).isTrue();
      assertThat(pool.size()).isZero();
    }
  }

  @Test
  void itsContentsSurviveACheckpointAndAnswerTheNextQueryAlike(@TempDir Path dir) {
    try (NDManager manager = NDManager.newBaseManager()) {
      ImagePool original = new ImagePool(3, IMAGE);
      original.initialize(manager);
      original.query(images(manager, 1f, 2f, 3f, 4f, 5f), new SplittableRandom(3));
      Path file = dir.resolve("pool.ckpt");
      new Checkpoint(1, "sha", arrays(original), Map.of()).write(file);
      ImagePool restored = new ImagePool(3, IMAGE);
      restored.initialize(manager);

      Checkpoint read = Checkpoint.read(file, manager);
      arrays(restored).forEach((name, array) -> NativeArrays.assign(array, read.arrays().get(name)));

      assertThat(valuesOf(stored(restored))).containsExactly(valuesOf(stored(original)));
      assertThat(restored.size()).isEqualTo(3);
      float[] fromOriginal = valuesOf(original.query(images(manager, 6f, 7f, 8f), new SplittableRandom(9)));
      float[] fromRestored = valuesOf(restored.query(images(manager, 6f, 7f, 8f), new SplittableRandom(9)));
      assertThat(fromRestored).containsExactly(fromOriginal);
    }
  }

  private static Map<String, NDArray> arrays(ImagePool pool) {
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    for (Pair<String, Parameter> parameter : pool.getParameters()) {
      assertThat(parameter.getValue().requiresGradient()).isFalse();
      arrays.put(parameter.getKey(), parameter.getValue().getArray());
    }
    return arrays;
  }
}
