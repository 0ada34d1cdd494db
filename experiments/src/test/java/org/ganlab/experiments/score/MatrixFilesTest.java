package org.ganlab.experiments.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV and {@code .npy} readers read the same numbers from the same data (fixtures by NumPy). */
class MatrixFilesTest {

  private static Path fixture(String name) throws Exception {
    return Path.of(MatrixFilesTest.class.getResource("/score/" + name).toURI());
  }

  @Test
  void float64NpyEqualsTheCsvItWasMadeFrom() throws Exception {
    double[][] csv = MatrixFiles.read(MetricVectors.folder().resolve("feat16_s0_real.csv"), "--real")
        .value();
    Loaded<double[][]> npy = MatrixFiles.read(fixture("feat16_s0_real_f8.npy"), "--real");

    assertThat(npy.value()).isDeepEqualTo(csv);
    assertThat(npy.input().format()).isEqualTo("npy");
    assertThat(npy.input().shape()).containsExactly(500, 16);
  }

  @Test
  void float32NpyHoldsTheCsvValuesRoundedToFloat() throws Exception {
    double[][] csv = MetricVectors.readDoubles("feat16_s0_fake.csv");
    double[][] npy = MatrixFiles.read(fixture("feat16_s0_fake_f4.npy"), "--fake").value();

    assertThat(npy).hasDimensions(500, 16);
    for (int i = 0; i < csv.length; i++) {
      for (int j = 0; j < csv[i].length; j++) {
        assertThat(npy[i][j]).isEqualTo((double) (float) csv[i][j]);
      }
    }
  }

  @Test
  void readsFormatVersionTwo() throws Exception {
    double[][] head = MatrixFiles.read(fixture("feat16_s0_real_head3_v2.npy"), "--real").value();

    assertThat(head).isDeepEqualTo(Arrays.copyOf(MetricVectors.readDoubles("feat16_s0_real.csv"), 3));
  }

  @Test
  void refusesATruncatedNpy(@TempDir Path dir) throws Exception {
    byte[] whole = Files.readAllBytes(fixture("feat16_s0_real_f8.npy"));
    Path cut = Files.write(dir.resolve("cut.npy"), Arrays.copyOf(whole, whole.length - 8));

    assertThatThrownBy(() -> MatrixFiles.read(cut, "--real"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 64000 data bytes, found 63992");
  }

  @Test
  void csvSkipsBlankLinesAndAcceptsSpacesAroundCells(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("m.csv"), "1, 2.5\n\n-3e-1 ,4\n");

    assertThat(MatrixFiles.read(file, "--fake").value())
        .isDeepEqualTo(new double[][] {{1, 2.5}, {-0.3, 4}});
  }

  @Test
  void refusesAFolder(@TempDir Path dir) {
    assertThatThrownBy(() -> MatrixFiles.read(dir, "--real"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a regular file; expected a CSV file");
  }
}
