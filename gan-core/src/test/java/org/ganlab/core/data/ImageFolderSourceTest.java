package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.ganlab.core.config.DataConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderSourceTest {
  private static final int PIXELS = 28 * 28;

  @TempDir Path dir;

  private DataSource open(int channels) {
    return DataSources.open(new DataConfig("image-folder", dir.toString(), 28, channels), 1);
  }

  /** Writes a 10×14 PNG filled with one colour. */
  private static void png(Path file, Color colour) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedImage image = new BufferedImage(10, 14, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 10, 14);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  /** Eleven grey images: six in cats/ (grey 0, 10, ..., 50), five in dogs/ (grey 100, ..., 140). */
  private void twoClasses() throws IOException {
    for (int i = 0; i < 6; i++) {
      png(dir.resolve("cats/c" + i + ".png"), new Color(10 * i, 10 * i, 10 * i));
    }
    for (int i = 0; i < 5; i++) {
      png(dir.resolve("dogs/d" + i + ".PNG"), new Color(100 + 10 * i, 100 + 10 * i, 100 + 10 * i));
    }
  }

  private static int grey(float[] values, int image) {
    return Math.round((values[image * PIXELS + 3 * 28 + 5] + 1) * 127.5f);
  }

  @Test
  void classFoldersSortedByNameGiveLabels() throws IOException {
    twoClasses();
    DataSource source = open(1);
    Batch epoch = source.trainBatch(0, 10);
    assertThat(source.numClasses()).isEqualTo(2);
    assertThat(epoch.shape()).isEqualTo(new SampleShape(1, 28, 28));
    for (int i = 0; i < 10; i++) {
      assertThat(epoch.labels()[i]).isEqualTo(grey(epoch.values(), i) >= 100 ? 1 : 0);
    }
    int[] greys = new int[10];
    Arrays.setAll(greys, i -> grey(epoch.values(), i));
    assertThat(greys).containsExactlyInAnyOrder(0, 10, 20, 30, 40, 50, 100, 110, 120, 140);
  }

  @Test
  void everyTenthFileIsHeldOut() throws IOException {
    twoClasses();
    Batch heldOut = open(1).heldOut(5);
    assertThat(heldOut.size()).isEqualTo(1);
    assertThat(heldOut.labels()).containsExactly(1);
    assertThat(grey(heldOut.values(), 0)).isEqualTo(130);
  }

  @Test
  void colourImagesKeepTheirChannels() throws IOException {
    png(dir.resolve("red.png"), Color.RED);
    Batch batch = open(3).trainBatch(0, 1);
    float[] v = batch.values();
    assertThat(batch.shape()).isEqualTo(new SampleShape(3, 28, 28));
    assertThat(new float[] {v[0], v[PIXELS + 400], v[2 * PIXELS + 783]})
        .containsExactly(1f, -1f, -1f);
  }

  @Test
  void imagesWithoutClassFoldersAreUnlabelled() throws IOException {
    png(dir.resolve("a.png"), Color.GRAY);
    png(dir.resolve("b.png"), Color.WHITE);
    Files.writeString(dir.resolve("notes.txt"), "not an image");
    Files.write(dir.resolve("._a.png"), new byte[] {0, 5, 22, 7});
    Files.createDirectories(dir.resolve(".cache"));
    DataSource source = open(1);
    Batch batch = source.trainBatch(0, 2);
    assertThat(source.numClasses()).isZero();
    assertThat(batch.labelled()).isFalse();
    float[] v = batch.values();
    assertThat(new float[] {v[0], v[PIXELS]}).containsExactlyInAnyOrder(1f, 128 / 127.5f - 1f);
  }

  @Test
  void emptyFolderNamesThePath() {
    assertThatThrownBy(() -> open(1)).isInstanceOf(DataException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("no .png");
  }

  @Test
  void missingFolderNamesThePath() {
    DataConfig config = new DataConfig("image-folder", dir.resolve("nope").toString(), 28, 1);
    assertThatThrownBy(() -> DataSources.open(config, 1)).isInstanceOf(DataException.class)
        .hasMessageContaining(dir.resolve("nope").toString());
  }

  @Test
  void undecodableImageNamesTheFile() throws IOException {
    png(dir.resolve("fine.png"), Color.GRAY);
    Files.write(dir.resolve("broken.png"), new byte[] {1, 2, 3, 4});
    assertThatThrownBy(() -> open(1)).isInstanceOf(DataException.class)
        .hasMessageContaining(dir.resolve("broken.png").toString());
  }
}
