package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.ganlab.core.config.DataConfig;
import org.junit.jupiter.api.Test;

/**
 * Reads the real Fashion-MNIST files that Debian's {@code dataset-fashion-mnist} package installs in
 * {@code /usr/share/datasets/fashion-mnist} (CI installs the package; so must a developer).
 */
class FashionMnistTest {

  @Test
  void readsTheInstalledFilesFromTheDefaultPath() {
    DataSource source = DataSources.open(new DataConfig("fashion-mnist", null, 32, 1), 1);
    Batch batch = source.trainBatch(937, 64);
    Batch test = source.heldOut(20_000);
    assertThat(source.name()).isEqualTo("fashion-mnist");
    assertThat(source.numClasses()).isEqualTo(10);
    assertThat(batch.shape()).isEqualTo(new SampleShape(1, 32, 32));
    assertThat(test.size()).isEqualTo(10_000);
    assertThat(IntStream.of(test.labels()).distinct().count()).isEqualTo(10);
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (float v : batch.values()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertThat(min).isEqualTo(-1f);
    assertThat(max).isGreaterThan(0.5f).isLessThanOrEqualTo(1f);
  }
}
