package org.ganlab.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report of a sweep shaped like the old quickstart ({@link QuickstartLikeSweep}: a grid key and ten
 * keys only the include entries set) stays readable: short unique cell names with a legend, a summary
 * without configuration columns, KID in the literature's scale, and charts whose plot areas hold one
 * mark per cell.
 */
class ReportReadabilityTest {
  @TempDir static Path dir;
  private static SweepAnalysis analysis;
  private static Path report;

  @BeforeAll
  static void writeReport() throws Exception {
    Path sweep = QuickstartLikeSweep.write(dir);
    ReportWriter.Report written = ReportWriter.write(sweep);
    analysis = written.analysis();
    report = written.index().getParent();
  }

  private static List<String> names() {
    return analysis.cells().stream().map(Cell::name).toList();
  }

  @Test
  void cellsAreNamedByTheFewValuesThatTellThemApart() {
    assertThat(names()).containsExactly("minimax vanilla", "non-saturating vanilla", "hinge vanilla",
        "wasserstein-gp vanilla", "non-saturating dcgan", "hinge dcgan");
    assertThat(names()).doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(CellLabels.MAX_LENGTH));
  }

  @Test
  void theLegendGivesEveryCellEverySettingThatDiffers() {
    CellLegend legend = CellLegend.of(analysis.cells());

    assertThat(legend.keys()).containsExactlyElementsOf(QuickstartLikeSweep.KEYS);
    assertThat(legend.rows()).extracting(CellLegend.Row::name).containsExactlyElementsOf(names());
    for (int i = 0; i < legend.rows().size(); i++) {
      Map<String, String> values = analysis.cells().get(i).values();
      String settings = legend.rows().get(i).settings();
      values.forEach((key, value) -> assertThat(settings).contains(key + "=" + value));
    }
    assertThat(legend.rows().get(4).settings()).startsWith("loss.type=non-saturating,"
        + " model.variant=dcgan, data.source=shapes, model.latent_dim=32");
  }

  @Test
  void theSummaryHasTheCellSeedsAndOneColumnPerRankedMetricOnly() throws Exception {
    SummaryGrid grid = SummaryGrid.of(analysis);
    assertThat(grid.metrics()).extracting(MetricAnalysis::column).containsExactly("modes_covered",
        "hq_fraction", "kl_to_uniform", "fid", "kid_mean", "precision", "recall", "is_mean");

    List<String> headers = texts(table(parse(report.resolve("index.html")), "summary"), "th");
    assertThat(headers).hasSize(2 + 8).startsWith("cell", "seeds")
        .doesNotContainAnyElementsOf(QuickstartLikeSweep.KEYS);
    List<String> legendHeaders = texts(table(parse(report.resolve("index.html")), "legend"), "th");
    assertThat(legendHeaders).containsExactly("cell", "settings");
  }

  @Test
  void kidIsShownTimesAThousandWithTheScaleStated() {
    SummaryGrid grid = SummaryGrid.of(analysis);
    int kid = grid.metrics().stream().map(MetricAnalysis::column).toList().indexOf("kid_mean");

    assertThat(SummaryGrid.title(grid.metrics().get(kid))).isEqualTo("kid_mean ×10³ ↓");
    assertThat(grid.rows().get(4).entries().get(kid).text()).isEqualTo("14.0 ± 2.5");
    assertThat(grid.rows().get(5).entries().get(kid).text()).isEqualTo("22.0 ± 2.5");
    assertThat(grid.rows().get(0).entries().get(kid).text()).isEqualTo(Numbers.MISSING);
  }

  @Test
  void everyBarChartDrawsOneBarPerCellWithValuesInsideItsPlotArea() {
    for (MetricAnalysis metric : analysis.metrics()) {
      long withValues = metric.summaries().stream().filter(s -> s.n() > 0).count();
      PlotMarks marks = new PlotMarks(BarChart.render(metric).orElseThrow());

      assertThat(marks.plot().width).as(metric.column()).isGreaterThan(ChartStyle.WIDTH / 2);
      assertThat(marks.plot().height).as(metric.column()).isGreaterThan(ChartStyle.HEIGHT / 2);
      assertThat(marks.bars(ChartStyle.color(0))).as(metric.column()).hasSize((int) withValues)
          .allSatisfy(height -> assertThat(height).isPositive());
    }
    MetricAnalysis modes = analysis.metrics().get(0);
    assertThat(modes.column()).isEqualTo("modes_covered");
    List<Integer> heights = new PlotMarks(BarChart.render(modes).orElseThrow())
        .bars(ChartStyle.color(0));
    assertThat(heights).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(heights.get(0)).isGreaterThan(5 * heights.get(3));
  }

  @Test
  void everyCurveChartDrawsTheLineOfEachCellThatLoggedTheColumnInsideItsPlotArea() {
    for (String column : CurveChart.columns(analysis.cells())) {
      PlotMarks marks = new PlotMarks(CurveChart.render(analysis.cells(), column).orElseThrow());
      for (int i = 0; i < analysis.cells().size(); i++) {
        boolean logged = analysis.cells().get(i).included().get(0).log().columns().contains(column);
        int pixels = marks.pixels(ChartStyle.color(i));
        if (logged) {
          assertThat(pixels).as(column + " of " + names().get(i)).isGreaterThan(100);
        } else {
          assertThat(pixels).as(column + " of " + names().get(i)).isZero();
        }
      }
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Element table(Document page, String cssClass) {
    NodeList tables = page.getElementsByTagName("table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      if (table.getAttribute("class").equals(cssClass)) {
        return table;
      }
    }
    throw new AssertionError("no table of class " + cssClass);
  }

  private static List<String> texts(Element parent, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
