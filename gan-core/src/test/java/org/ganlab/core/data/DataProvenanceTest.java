package org.ganlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.DataConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each data source describes itself for provenance.json: file digests or generator parameters. */
class DataProvenanceTest {
  @TempDir Path dir;

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void idxRecordsTheSha256OfEachFileAsItIsOnDisk() throws Exception {
    IdxFixture.write(dir, true);
    Map<String, String> provenance =
        DataSources.open(new DataConfig("idx", dir.toString(), 28, 1), 1).provenance();

    assertThat(provenance).containsEntry("source", "idx").containsEntry("path", dir.toString());
    for (String name : new String[] {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"}) {
      assertThat(provenance).containsEntry("sha256 " + name,
          sha256(Files.readAllBytes(dir.resolve(name))));
    }
  }

  @Test
  void imageFolderDigestCoversSortedNamesAndContentsAndChangesWithAnyFile() throws Exception {
    byte[] a = png();
    Files.createDirectories(dir.resolve("cats"));
    Files.createDirectories(dir.resolve("dogs"));
    Files.write(dir.resolve("dogs/d.png"), a);
    Files.write(dir.resolve("cats/c.png"), a);
    String expected = sha256(("cats/c.png " + sha256(a) + "\ndogs/d.png " + sha256(a) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    DataConfig config = new DataConfig("image-folder", dir.toString(), 28, 1);

    Map<String, String> provenance = DataSources.open(config, 1).provenance();
    assertThat(provenance).containsEntry("source", "image-folder").containsEntry("files", "2")
        .containsEntry("sha256", expected);

    Files.move(dir.resolve("dogs/d.png"), dir.resolve("dogs/e.png"));
    assertThat(DataSources.open(config, 1).provenance().get("sha256")).isNotEqualTo(expected);
  }

  @Test
  void proceduralSetsRecordTheirGeneratorParameters() {
    assertThat(DataSources.open(new DataConfig("ring8", null, 28, 1), 1).provenance())
        .containsEntry("source", "ring8").containsEntry("modes", "8").containsEntry("std", "0.02")
        .containsEntry("layout", "circle of radius 2 at angles 2*pi*k/8");
    assertThat(DataSources.open(new DataConfig("grid25", null, 28, 1), 1).provenance())
        .containsEntry("modes", "25").containsEntry("std", "0.05")
        .containsEntry("layout", "grid {-4,-2,0,2,4}^2");
    assertThat(DataSources.open(new DataConfig("ring8", null, 28, 1, List.of(), List.of(), 1.0, null,
        0.01, 100), 1).provenance())
        .containsEntry("layout", "circle of radius 1 at angles 2*pi*k/8")
        .containsEntry("radius", "1.0").containsEntry("std", "0.01").containsEntry("train_size", "100");
    assertThat(DataSources.open(new DataConfig("grid25", null, 28, 1, List.of(), List.of(), null,
        2.5, null, null), 1).provenance())
        .containsEntry("layout", "grid {-5,-2.5,0,2.5,5}^2").containsEntry("spacing", "2.5")
        .containsEntry("std", "0.05").doesNotContainKey("train_size");
    assertThat(DataSources.open(new DataConfig("shapes", null, 32, 3), 1).provenance())
        .containsEntry("source", "shapes").containsEntry("image_size", "32")
        .containsEntry("channels", "3").containsEntry("classes_drawn", "0,1,2,3,4,5,6,7,8,9")
        .containsEntry("shape_classes",
            "disc,square,triangle,plus,ring,ellipse,bars,star,crescent,corner");
  }

  private static byte[] png() throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }
}
