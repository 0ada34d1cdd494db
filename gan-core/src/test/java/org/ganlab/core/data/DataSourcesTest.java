package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.DataConfig;
import org.junit.jupiter.api.Test;

class DataSourcesTest {

  @Test
  void opensGeneratedSourcesByName() {
    DataSource ring = DataSources.open(new DataConfig("ring8", null, 28, 1), 1);
    DataSource grid = DataSources.open(new DataConfig("grid25", null, 28, 1), 1);
    DataSource shapes = DataSources.open(new DataConfig("shapes", null, 32, 3), 1);
    assertThat(ring).isInstanceOf(GaussianMixture.class);
    assertThat(((GaussianMixture) grid).centres()).hasNumberOfRows(25);
    assertThat(shapes.name()).isEqualTo("shapes");
    assertThat(shapes.shape()).isEqualTo(new SampleShape(3, 32, 32));
    assertThat(shapes.numClasses()).isEqualTo(10);
  }

  @Test
  void unknownSourceListsTheKnownOnes() {
    assertThatThrownBy(() -> DataSources.open(new DataConfig("cifar", null, 28, 1), 1))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.source"))
        .hasMessageContaining("cifar").hasMessageContaining("fashion-mnist");
  }

  @Test
  void fileSourcesNeedAPath() {
    assertThatThrownBy(() -> DataSources.open(new DataConfig("idx", null, 28, 1), 1))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.path"));
  }

  @Test
  void badChannelsAndSizeNameTheirField() {
    assertThatThrownBy(() -> DataSources.open(new DataConfig("shapes", null, 28, 2), 1))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.channels"));
    assertThatThrownBy(() -> DataSources.open(new DataConfig("shapes", null, 4, 1), 1))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.image_size"));
  }

  @Test
  void missingFashionMnistSaysHowToInstallIt() {
    DataConfig config = new DataConfig("fashion-mnist", "/nonexistent/fashion-mnist", 28, 1);
    assertThatThrownBy(() -> DataSources.open(config, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining("/nonexistent/fashion-mnist/train-images-idx3-ubyte.gz")
        .hasMessageContaining("dataset-fashion-mnist");
  }
}
