package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.ganlab.core.config.DataConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxSourceTest {
  private static final int PIXELS = IdxFixture.SIDE * IdxFixture.SIDE;

  @TempDir Path dir;

  private DataSource open(int size, int channels, long seed) {
    return DataSources.open(new DataConfig("idx", dir.toString(), size, channels), seed);
  }

  @Test
  void readsGzippedFilesIntoLabelledImagesInRange() throws IOException {
    IdxFixture.write(dir, true);
    DataSource source = open(28, 1, 1);
    Batch batch = source.trainBatch(0, 8);
    assertThat(source.name()).isEqualTo("idx");
    assertThat(source.numClasses()).isEqualTo(3);
    assertThat(batch.shape()).isEqualTo(new SampleShape(1, 28, 28));
    assertThat(batch.values()).hasSize(8 * PIXELS);
    for (int i = 0; i < 8; i++) {
      int id = IdxFixture.identity(batch.values(), i * PIXELS);
      assertThat(batch.labels()[i]).isEqualTo(id % 3);
      assertThat(batch.values()[i * PIXELS + 5]).isEqualTo((id + 5) / 127.5f - 1f);
    }
    for (float v : batch.values()) {
      assertThat(v).isBetween(-1f, 1f);
    }
  }

  @Test
  void rawAndGzippedFilesGiveTheSameBatches() throws IOException {
    IdxFixture.write(dir, false);
    Batch raw = open(28, 1, 4).trainBatch(2, 9);
    Files.createDirectories(dir.resolve("gz"));
    IdxFixture.write(dir.resolve("gz"), true);
    DataConfig gz = new DataConfig("idx", dir.resolve("gz").toString(), 28, 1);
    assertThat(DataSources.open(gz, 4).trainBatch(2, 9).values()).isEqualTo(raw.values());
  }

  @Test
  void everyEpochVisitsEveryTrainingImageExactlyOnce() throws IOException {
    IdxFixture.write(dir, true);
    DataSource source = open(28, 1, 2);
    int[] stream = new int[4 * IdxFixture.TRAIN];
    for (int b = 0; b < stream.length / 4; b++) {
      Batch batch = source.trainBatch(b, 4);
      for (int i = 0; i < 4; i++) {
        stream[4 * b + i] = IdxFixture.identity(batch.values(), i * PIXELS);
      }
    }
    for (int e = 0; e < 4; e++) {
      int[] epoch = Arrays.copyOfRange(stream, e * IdxFixture.TRAIN, (e + 1) * IdxFixture.TRAIN);
      assertThat(epoch).containsExactlyInAnyOrder(IntStream.range(0, IdxFixture.TRAIN).toArray());
    }
    assertThat(Arrays.copyOfRange(stream, 0, IdxFixture.TRAIN))
        .isNotEqualTo(Arrays.copyOfRange(stream, IdxFixture.TRAIN, 2 * IdxFixture.TRAIN));
  }

  @Test
  void batchesAreRandomAccessAndSeeded() throws IOException {
    IdxFixture.write(dir, true);
    DataSource forward = open(28, 1, 3);
    DataSource backward = open(28, 1, 3);
    Batch fifth = backward.trainBatch(5, 6);
    backward.trainBatch(3, 6);
    forward.trainBatch(3, 6);
    assertThat(forward.trainBatch(5, 6)).usingRecursiveComparison().isEqualTo(fifth);
    assertThat(forward.trainBatch(4, 6).values()).isNotEqualTo(fifth.values());
    assertThat(open(28, 1, 30).trainBatch(5, 6).values()).isNotEqualTo(fifth.values());
  }

  @Test
  void heldOutIsTheTestSplitInFileOrder() throws IOException {
    IdxFixture.write(dir, true);
    Batch heldOut = open(28, 1, 1).heldOut(100);
    assertThat(heldOut.size()).isEqualTo(IdxFixture.TEST);
    assertThat(heldOut.labels()).containsExactly(0, 1, 2, 0, 1, 2, 0);
    for (int i = 0; i < IdxFixture.TEST; i++) {
      assertThat(IdxFixture.identity(heldOut.values(), i * PIXELS)).isEqualTo(i);
    }
  }

  @Test
  void size32PadsTwoBackgroundPixelsPerSide() throws IOException {
    IdxFixture.write(dir, true);
    Batch batch = open(32, 1, 1).heldOut(2);
    float[] second = Arrays.copyOfRange(batch.values(), 32 * 32, 2 * 32 * 32);
    assertThat(batch.shape()).isEqualTo(new SampleShape(1, 32, 32));
    assertThat(IdxFixture.identity(second, 2 * 32 + 2)).isEqualTo(1);
    assertThat(IdxFixture.identity(second, 29 * 32 + 29)).isEqualTo((1 + PIXELS - 1) % 256);
    for (int k = 0; k < 32; k++) {
      assertThat(new float[] {second[k], second[k * 32], second[31 * 32 + k], second[k * 32 + 31],
          second[32 + k], second[k * 32 + 30]}).containsOnly(-1f);
    }
  }

  @Test
  void threeChannelsRepeatTheGreyImage() throws IOException {
    IdxFixture.write(dir, true);
    float[] rgb = open(28, 3, 1).heldOut(1).values();
    float[] grey = open(28, 1, 1).heldOut(1).values();
    for (int c = 0; c < 3; c++) {
      assertThat(Arrays.copyOfRange(rgb, c * PIXELS, (c + 1) * PIXELS)).isEqualTo(grey);
    }
  }

  @Test
  void truncatedImageFileNamesTheFile() throws IOException {
    IdxFixture.write(dir, false);
    byte[] images = IdxFixture.images(IdxFixture.TRAIN);
    Path file = IdxFixture.write(dir, "train-images-idx3-ubyte",
        Arrays.copyOf(images, images.length - 100), false);
    assertThatThrownBy(() -> open(28, 1, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("truncated");
  }

  @Test
  void truncatedGzipNamesTheFile() throws IOException {
    IdxFixture.write(dir, true);
    Path file = dir.resolve("t10k-images-idx3-ubyte.gz");
    byte[] gz = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(gz, gz.length / 2));
    assertThatThrownBy(() -> open(28, 1, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("gzip");
  }

  @Test
  void badMagicNamesTheFileAndTheNumber() throws IOException {
    IdxFixture.write(dir, false);
    byte[] labels = IdxFixture.labels(IdxFixture.TRAIN);
    labels[3] = 0x03;
    Path file = IdxFixture.write(dir, "train-labels-idx1-ubyte", labels, false);
    assertThatThrownBy(() -> open(28, 1, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("magic number 0x00000803");
  }

  @Test
  void labelCountMismatchIsReported() throws IOException {
    IdxFixture.write(dir, true);
    IdxFixture.write(dir, "train-labels-idx1-ubyte", IdxFixture.labels(5), true);
    assertThatThrownBy(() -> open(28, 1, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining("5 labels");
  }

  @Test
  void missingFileSaysWhichAndHowToGetIt() throws IOException {
    IdxFixture.write(dir, true);
    Files.delete(dir.resolve("t10k-labels-idx1-ubyte.gz"));
    assertThatThrownBy(() -> open(28, 1, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining(dir.resolve("t10k-labels-idx1-ubyte.gz").toString())
        .hasMessageContaining("apt-get install dataset-fashion-mnist");
  }
}
