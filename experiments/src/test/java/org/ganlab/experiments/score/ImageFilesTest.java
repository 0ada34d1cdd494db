package org.ganlab.experiments.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image inputs: PNG folders, IDX files and pixel rows become the same [N, C, H, W] values. */
class ImageFilesTest {
  /** Two 2x3 grey images, row-major, as bytes 0..255. */
  private static final int[][] GREY = {{0, 51, 102, 153, 204, 255}, {255, 1, 2, 3, 4, 5}};

  @TempDir Path dir;

  private static BufferedImage grey(int[] pixels) {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
    for (int i = 0; i < pixels.length; i++) {
      image.getRaster().setSample(i % 3, i / 3, 0, pixels[i]);
    }
    return image;
  }

  private static double[] expectedGrey() {
    double[] values = new double[12];
    for (int n = 0; n < 2; n++) {
      for (int i = 0; i < 6; i++) {
        values[n * 6 + i] = GREY[n][i] / 255.0;
      }
    }
    return values;
  }

  @Test
  void readsAGreyPngFolderInFileNameOrder() throws Exception {
    ImageIO.write(grey(GREY[1]), "png", dir.resolve("b.png").toFile());
    ImageIO.write(grey(GREY[0]), "png", dir.resolve("a.PNG").toFile());
    Files.writeString(dir.resolve("notes.txt"), "not an image");

    Loaded<ImageSet> read = ImageFiles.read(dir, "--fake", null, 255);

    assertThat(read.value().shape()).isEqualTo(new SampleShape(1, 2, 3));
    assertThat(read.value().values()).containsExactly(expectedGrey());
    assertThat(read.input().format()).isEqualTo("image-folder");
    assertThat(read.input().shape()).containsExactly(2, 1, 2, 3);
  }

  @Test
  void aColourImageMakesTheFolderRgbWithGreyRepeated() throws Exception {
    ImageIO.write(grey(GREY[0]), "png", dir.resolve("a.png").toFile());
    BufferedImage colour = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    colour.setRGB(0, 0, 0xFF0033);
    ImageIO.write(colour, "png", dir.resolve("b.png").toFile());

    ImageSet set = ImageFiles.read(dir, "--fake", null, 255).value();

    assertThat(set.shape()).isEqualTo(new SampleShape(3, 2, 3));
    double[] v = set.values();
    assertThat(new double[] {v[1], v[7], v[13]}).containsExactly(0.2, 0.2, 0.2);
    assertThat(new double[] {v[18], v[24], v[30]}).containsExactly(1.0, 0.0, 0.2);
  }

  @Test
  void refusesImagesOfDifferentSizes() throws Exception {
    ImageIO.write(grey(GREY[0]), "png", dir.resolve("a.png").toFile());
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), "png",
        dir.resolve("b.png").toFile());

    assertThatThrownBy(() -> ImageFiles.read(dir, "--real", null, 255))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b.png: is 4x4 but a.png is 3x2");
  }

  @Test
  void refusesAFolderWithoutImages() {
    assertThatThrownBy(() -> ImageFiles.read(dir, "--real", null, 255))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no .png, .jpg or .jpeg files");
  }

  @Test
  void readsRawAndGzippedIdxAlike() throws Exception {
    byte[] idx = idx(0x00000803, 2, 2, 3);
    Path raw = Files.write(dir.resolve("images-idx3-ubyte"), idx);
    Path gz = dir.resolve("images-idx3-ubyte.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(idx);
    }

    Loaded<ImageSet> fromRaw = ImageFiles.read(raw, "--real", null, 255);
    ImageSet fromGz = ImageFiles.read(gz, "--real", null, 255).value();

    assertThat(fromRaw.value().shape()).isEqualTo(new SampleShape(1, 2, 3));
    assertThat(fromRaw.value().values()).containsExactly(expectedGrey());
    assertThat(fromGz.values()).containsExactly(expectedGrey());
    assertThat(fromRaw.input().format()).isEqualTo("idx");
  }

  @Test
  void refusesAnIdxLabelFile() throws Exception {
    ByteBuffer labels = ByteBuffer.allocate(10).putInt(0x00000801).putInt(2).put((byte) 1)
        .put((byte) 2);
    Path file = Files.write(dir.resolve("labels-idx1-ubyte"), labels.array());

    assertThatThrownBy(() -> ImageFiles.read(file, "--real", null, 255))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IDX file of rank 1; images need rank 3");
  }

  @Test
  void pixelRowsMatchTheIdxImagesAndMapToMinusOneToOne() throws Exception {
    Path csv = Files.writeString(dir.resolve("pixels.csv"),
        "0,51,102,153,204,255\n255,1,2,3,4,5\n");

    Loaded<ImageSet> read = ImageFiles.read(csv, "--fake", new SampleShape(1, 2, 3), 255);
    Batch batch = read.value().toBatch();

    assertThat(read.value().values()).containsExactly(expectedGrey());
    assertThat(read.input().format()).isEqualTo("pixel-csv");
    assertThat(batch.shape()).isEqualTo(new SampleShape(1, 2, 3));
    assertThat(batch.size()).isEqualTo(2);
    assertThat(batch.labelled()).isFalse();
    assertThat(batch.values()[0]).isEqualTo(-1f);
    assertThat(batch.values()[1]).isEqualTo(-0.6f);
    assertThat(batch.values()[5]).isEqualTo(1f);
  }

  private static byte[] idx(int magic, int n, int h, int w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer header = ByteBuffer.allocate(16).putInt(magic).putInt(n).putInt(h).putInt(w);
    out.writeBytes(header.array());
    for (int[] image : GREY) {
      for (int p : image) {
        out.write(p);
      }
    }
    return out.toByteArray();
  }
}
