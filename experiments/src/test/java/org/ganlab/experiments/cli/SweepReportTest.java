package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * {@code ganlab sweep} ends by writing the report: a real tiny ring8 sweep (2 losses x 2 seeds, 40
 * steps, one job), each run in a worker JVM.
 */
class SweepReportTest {
  private static final String SWEEP = "name: report-test\nmodel: {variant: vanilla, width: 16}\n"
      + "training: {steps: 40, batch_size: 32, checkpoint_every: 20, log_every: 10}\n"
      + "eval: {every: 20, samples: 50, metrics: [modes]}\nruntime: {threads: 1}\n"
      + "sweep:\n  grid: {loss.type: [hinge, non-saturating]}\n  seeds: [1, 2]\n";

  @TempDir Path dir;

  @Test
  void aSweepEndsByWritingItsReport() throws Exception {
    Path file = Files.writeString(dir.resolve("sweep.yaml"), SWEEP);
    Path out = dir.resolve("out");

    CliRun result = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--jobs", "1",
        "--no-progress");

    Path report = out.resolve("report-test/report");
    assertThat(result.code()).as(result.err()).isEqualTo(0);
    assertThat(result.out()).endsWith("report: " + report.resolve("index.html") + "\n");
    Table runs = Table.read().csv(CsvReadOptions.builder(report.resolve("runs.csv").toFile()).build());
    assertThat(runs.rowCount()).isEqualTo(4);
    assertThat(runs.stringColumn("status").asList()).containsOnly("done");
    assertThat(runs.numberColumn("wall_time_s").min()).isPositive();
    assertThat(runs.columnNames()).contains("loss.type", "seed", "modes_covered", "hq_fraction");
    List<String> summary = Files.readAllLines(report.resolve("summary.csv"));
    assertThat(summary).hasSize(1 + 2 * 4);
    assertThat(summary.subList(1, summary.size())).allMatch(line -> line.contains(",true,"))
        .filteredOn(line -> line.contains(",modes_covered,")).hasSize(2)
        .allMatch(line -> line.contains(",modes_covered,higher,true,2,"));
    assertThat(Files.readString(report.resolve("summary.md")))
        .contains("| cell | seeds | modes\\_covered ↑ | hq\\_fraction ↑ | kl\\_to\\_uniform ↓ |")
        .contains("| hinge | 2/2 |").contains("| non-saturating | 2/2 |");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document page = factory.newDocumentBuilder().parse(report.resolve("index.html").toFile());
    assertThat(page.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("Sweep report-test");
    assertThat(page.getElementsByTagName("img").getLength()).isEqualTo(4 + 4 + 2);
    assertThat(page.getElementsByTagName("figcaption").item(0).getTextContent())
        .matches("hinge \\([0-9a-f]{12}, step-000040\\.png\\)");
  }
}
