package org.ganlab.experiments.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped bars file: every row names an example that resolves with its overrides, every stated
 * figure is written, the same, in the file the row says states it (so a figure cannot change on one
 * side only), and malformed files are refused with their line.
 */
class QualityBarsFileTest {
  private static final Path ROOT = Path.of("..");
  private static final Path BARS = ROOT.resolve("examples/quality-bars.tsv");

  @Test
  void everyRowResolvesItsExampleWithItsOverrides(@TempDir Path out) {
    List<QualityBar> bars = QualityBarsFile.read(BARS);

    assertThat(bars).extracting(QualityBar::name).doesNotHaveDuplicates();
    for (QualityBar bar : bars) {
      Path run = bar.training().runDirectory(ROOT.resolve("examples"), out, List.of()).root();
      assertThat(run.getParent().getParent()).as(bar.name()).isEqualTo(out);
      assertThat(run.getFileName().toString()).as(bar.name()).matches("[0-9a-f]{12}");
    }
    assertThat(QualityBarsFile.trainings(bars)).extracting(Training::example).contains(
        "vanilla-ring8", "dcgan-shapes", "cgan-shapes", "cyclegan-shapes-translation",
        "srgan-x2-shapes", "srgan-x4-fashion-mnist");
  }

  @Test
  void everyStatedFigureIsWrittenTheSameWhereTheRowSaysItIsStated() throws Exception {
    for (QualityBar bar : QualityBarsFile.read(BARS)) {
      if (!bar.isStated()) {
        assertThat(bar.statedIn()).as(bar.name()).isEqualTo(QualityBar.NONE);
        continue;
      }
      String text = Files.readString(ROOT.resolve(bar.statedIn()));
      Pattern figure = Pattern.compile("(?<![0-9.])" + Pattern.quote(bar.stated()) + "(?![0-9]|\\.[0-9])");
      assertThat(figure.matcher(text).find())
          .as("%s: %s states %s", bar.name(), bar.statedIn(), bar.stated()).isTrue();
    }
  }

  @Test
  void theFashionMnistX2RowKeepsTheTestedBar() {
    QualityBar x2 = QualityBarsFile.read(BARS).stream()
        .filter(bar -> bar.name().equals("srgan-x2-fashion-mnist-psnr")).findFirst().orElseThrow();

    assertThat(x2.training().overrides()).containsExactly("model.scale=2");
    assertThat(x2.bar().threshold(x2.statedValue(), Map.of()).getAsDouble())
        .isCloseTo(22.1, within(1e-9));
  }

  @Test
  void selectionByRowOrExampleAndUnknownNames() {
    List<QualityBar> bars = QualityBarsFile.read(BARS);

    assertThat(QualityBarsFile.select(bars, "cgan-shapes")).extracting(QualityBar::name)
        .containsExactly("cgan-shapes-accuracy", "cgan-shapes-coverage", "cgan-shapes-fid");
    assertThat(QualityBarsFile.select(bars, "ring8-hq")).hasSize(1);
    assertThatThrownBy(() -> QualityBarsFile.select(bars, "dcgan"))
        .hasMessageContaining("no quality row or example named dcgan")
        .hasMessageContaining("dcgan-shapes");
  }

  @Test
  void aRowWithAMissingCellOrABadFigureIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
    String header = String.join("\t", QualityBarsFile.HEADER);
    Path shortRow = dir.resolve("short.tsv");
    Files.writeString(shortRow, "# comment\n" + header + "\nr\tvanilla-ring8\t-\tmodes\tmodes_covered\t-\t-\n");
    Path badFigure = dir.resolve("figure.tsv");
    Files.writeString(badFigure, header + "\nr\tvanilla-ring8\t-\tmodes\tmodes_covered\tsix\tREADME.md\t>= 6\n");

    assertThatThrownBy(() -> QualityBarsFile.read(shortRow)).hasMessageContaining("line 3")
        .hasMessageContaining("7 tab-separated cells, expected 8");
    assertThatThrownBy(() -> QualityBarsFile.read(badFigure)).hasMessageContaining("line 2")
        .hasMessageContaining("stated must be a number or -, found six");
  }
}
