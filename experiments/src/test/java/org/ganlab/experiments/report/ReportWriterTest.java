package org.ganlab.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The files {@link ReportWriter} writes for a small fake sweep: two loss types (one a hostile string)
 * times three seeds plus a diverged fourth seed, under a sweep named {@code <script>alert(1)</script>}.
 * fid: hinge 1, 2, 3 and minimax 7, 8, 9 (Welch p = 0.0018, hinge alone is best); modes_covered: hinge
 * 8, 8, 8 and minimax 6, 7, 8 (Welch p = 0.225, tied). Every half-width is t(0.975, 2)·1/√3 = 2.484.
 */
class ReportWriterTest {
  private static final String NAME = "<script>alert(1)</script>";
  private static final String HOSTILE = "<b>minimax&</b>";

  @TempDir Path dir;
  private Path report;

  @BeforeEach
  void writeReport() throws Exception {
    FakeSweep sweep = new FakeSweep(dir.resolve("tiny"), NAME, List.of("loss.type"));
    double[][] fid = {{1, 2, 3}, {7, 8, 9}};
    double[][] modes = {{8, 8, 8}, {6, 7, 8}};
    String[] losses = {"hinge", HOSTILE};
    for (int c = 0; c < 2; c++) {
      for (int s = 0; s < 3; s++) {
        sweep.run("r" + c + s, s + 1, Map.of("loss.type", losses[c])).metric("fid", fid[c][s])
            .metric("modes_covered", modes[c][s]).metric("fid_ci_low", fid[c][s] - 0.5)
            .metric("fid_ci_high", fid[c][s] + 0.5);
      }
    }
    sweep.run("rx", 4, Map.of("loss.type", "hinge")).ended("diverged", "non-finite loss at step 40");
    ReportWriter.Report written = ReportWriter.write(sweep.write());
    report = written.index().getParent();
  }

  @Test
  void summaryMarkdownIsExactlyAsExpected() throws Exception {
    assertThat(Files.readString(report.resolve("summary.md"))).isEqualTo(
        "# Sweep \\<script\\>alert(1)\\</script\\>\n\n"
            + "Mean ± half-width of the 95% t-interval over seeds (done runs only). **Bold**: the best"
            + " cell and every cell not significantly different from it (Welch's t-test against the"
            + " best, Holm-corrected, α = 0.05). ↓ lower is better, ↑ higher is better.\n\n"
            + "| cell | seeds | fid ↓ | modes\\_covered ↑ |\n"
            + "|---|---|---|---|\n"
            + "| hinge | 3/4 | **2.0 ± 2.5** | **8** |\n"
            + "| \\<b\\>minimax\\&\\</b\\> | 3/3 | 8.0 ± 2.5 | **7.0 ± 2.5** |\n\n"
            + "| cell | settings |\n|---|---|\n"
            + "| hinge | loss.type=hinge |\n"
            + "| \\<b\\>minimax\\&\\</b\\> | loss.type=\\<b\\>minimax\\&\\</b\\> |\n\n"
            + "Runs left out of the statistics:\n\n"
            + "- rx (loss.type=hinge seed=4): diverged: non-finite loss at step 40\n");
  }

  @Test
  void summaryLatexIsExactlyAsExpected() throws Exception {
    String script = "\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{}";
    assertThat(Files.readString(report.resolve("summary.tex"))).isEqualTo(
        "% ganlab report of sweep " + script + "; needs \\usepackage{booktabs}\n"
            + "\\begin{table}[t]\n"
            + "  \\centering\n"
            + "  \\begin{tabular}{llcc}\n"
            + "    \\toprule\n"
            + "    cell & seeds & fid ($\\downarrow$) & modes\\_covered ($\\uparrow$) \\\\\n"
            + "    \\midrule\n"
            + "    hinge & 3/4 & $\\mathbf{2.0 \\pm 2.5}$ & $\\mathbf{8}$ \\\\\n"
            + "    \\textless{}b\\textgreater{}minimax\\&\\textless{}/b\\textgreater{} & 3/3"
            + " & $8.0 \\pm 2.5$ & $\\mathbf{7.0 \\pm 2.5}$ \\\\\n"
            + "    \\bottomrule\n"
            + "  \\end{tabular}\n"
            + "  \\caption{Sweep \\texttt{" + script + "}: mean $\\pm$ half-width of the 95\\%"
            + " t-interval over seeds. Bold: the best cell and every cell not significantly different"
            + " from it (Welch's t-test against the best, Holm-corrected, $\\alpha = 0.05$)."
            + " Cells: hinge = \\texttt{loss.type=hinge}; \\textless{}b\\textgreater{}minimax\\&"
            + "\\textless{}/b\\textgreater{} = \\texttt{loss.type=\\textless{}b\\textgreater{}"
            + "minimax\\&\\textless{}/b\\textgreater{}}.}\n"
            + "  \\label{tab:ganlab--script-alert-1---script-}\n"
            + "\\end{table}\n");
  }

  @Test
  void runsCsvHasOneRowPerRunWithWallTime() throws Exception {
    Table runs = Table.read().csv(CsvReadOptions.builder(report.resolve("runs.csv").toFile()).build());

    assertThat(runs.columnNames()).containsExactly("run_id", "cell", "loss.type", "seed", "status", "reason",
        "completed_steps", "fid", "modes_covered", "fid_ci_low", "fid_ci_high", "wall_time_s");
    assertThat(runs.rowCount()).isEqualTo(7);
    assertThat(runs.column("loss.type").getString(3)).isEqualTo(HOSTILE);
    assertThat(runs.column("cell").getString(3)).isEqualTo(HOSTILE);
    assertThat(runs.column("cell").getString(6)).isEqualTo("hinge");
    assertThat(runs.numberColumn("fid").getDouble(4)).isEqualTo(8.0);
    assertThat(runs.column("status").getString(6)).isEqualTo("diverged");
    assertThat(runs.column("reason").getString(6)).isEqualTo("non-finite loss at step 40");
    assertThat(runs.column("fid").isMissing(6)).isTrue();
    assertThat(runs.numberColumn("wall_time_s").getDouble(0)).isEqualTo(90.0);
  }

  @Test
  void summaryCsvHoldsTheStatisticsPerCellAndMetric() throws Exception {
    List<String> lines = Files.readAllLines(report.resolve("summary.csv"));

    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("cell,loss.type,metric,direction,comparable,n,mean,std,median,"
        + "t_ci_low,t_ci_high,bootstrap_ci_low,bootstrap_ci_high,rank,tied_with_best,p_vs_best_holm");
    assertThat(lines.get(1)).startsWith("hinge,hinge,fid,lower,true,3,2.0,1.0,2.0,")
        .endsWith(",1.0,3.0,1,true,");
    assertThat(lines.get(4)).startsWith(HOSTILE + "," + HOSTILE
        + ",modes_covered,higher,true,3,7.0,1.0,7.0,").contains(",6.0,8.0,2,true,0.2254");
  }

  @Test
  void chartsAreWrittenAsPngFiles() throws Exception {
    assertThat(ImageIO.read(report.resolve("bar-fid.png").toFile()).getWidth()).isEqualTo(800);
    assertThat(report.resolve("bar-modes_covered.png")).isRegularFile();
    assertThat(report.resolve("curve-d_loss.png")).isRegularFile();
    assertThat(report.resolve("curve-g_loss.png")).isRegularFile();
    assertThat(report.resolve("curve-fid.png")).isRegularFile();
    assertThat(report.resolve("curve-lr_g.png")).doesNotExist();
  }

  @Test
  void htmlParsesAsXmlEscapesUserStringsAndLoadsNothingFromElsewhere() throws Exception {
    Document page = parse(report.resolve("index.html"));

    assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("Sweep " + NAME);
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
    assertThat(page.getElementsByTagName("b").getLength()).isZero();
    assertThat(page.getElementsByTagName("link").getLength()).isZero();
    String html = Files.readString(report.resolve("index.html"));
    assertThat(html.contains("<script")).isFalse();
    assertThat(html.contains("&lt;b&gt;minimax&amp;&lt;/b&gt;")).isTrue();
    assertThat(html.contains("url(") || html.contains("@import")).isFalse();
    assertThat(attributes(page.getElementsByTagName("*"), "href")).allMatch(String::isEmpty);
    List<String> sources = attributes(page.getElementsByTagName("img"), "src");
    assertThat(sources).hasSize(2 + 3 + 2).allSatisfy(src -> {
      assertThat(src).startsWith("data:image/png;base64,");
      byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
      assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    });
  }

  @Test
  void htmlMarksTheBestCellsAndListsTheDivergedRunAndProvenance() throws Exception {
    Document page = parse(report.resolve("index.html"));
    String text = page.getDocumentElement().getTextContent();

    List<String> best = new ArrayList<>();
    NodeList cells = page.getElementsByTagName("td");
    for (int i = 0; i < cells.getLength(); i++) {
      Element cell = (Element) cells.item(i);
      if (cell.getAttribute("class").equals("best")) {
        best.add(cell.getTextContent());
      }
    }
    assertThat(best).containsExactly("2.0 ± 2.5", "8", "7.0 ± 2.5");
    assertThat(text).contains("rx (loss.type=hinge seed=4): diverged: non-finite loss at step 40")
        .contains("Welch p 0.002 · MW p 0.100 · g -4.79")
        .contains("[-0.4841, 4.484]").contains("[1, 3]")
        .contains("0.1.0-test").contains("PyTorch 2.7.1").contains("Test CPU, 2 logical cores")
        .contains("c0ffeer12");
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> attributes(NodeList elements, String name) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      values.add(((Element) elements.item(i)).getAttribute(name));
    }
    return values;
  }
}
