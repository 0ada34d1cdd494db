package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.experiments.report.FakeSweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab report} on fake sweep directories and on directories that are not sweeps. */
class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheReportAndSaysWhereItIs() throws Exception {
    FakeSweep sweep = new FakeSweep(dir.resolve("s"), "s", List.of("loss.type"));
    for (String loss : List.of("hinge", "minimax")) {
      for (int seed = 1; seed <= 2; seed++) {
        sweep.run(loss + seed, seed, Map.of("loss.type", loss)).metric("fid", seed * 10 + loss.length())
            .protocol("fid", "n_fake", loss.equals("hinge") ? 500 : 1000);
      }
    }
    sweep.run("failed", 3, Map.of("loss.type", "hinge")).ended("failed", "out of memory");
    Path root = sweep.write();

    CliRun result = CliRun.of("report", root.toString());

    assertThat(result.code()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("report: " + root.resolve("report/index.html") + "\n");
    assertThat(result.err()).isEqualTo("warning: fid was measured under different protocols"
        + " (n_fake=500 in runs hinge1, hinge2; n_fake=1000 in runs minimax1, minimax2); its values"
        + " are not compared\n"
        + "note: 1 of 5 runs are not done and are left out of the statistics (listed in the report)\n");
    for (String file : List.of("index.html", "runs.csv", "summary.csv", "summary.md", "summary.tex",
        "curve-d_loss.png")) {
      assertThat(root.resolve("report").resolve(file)).isRegularFile();
    }
    assertThat(root.resolve("report/bar-fid.png")).doesNotExist();
  }

  @Test
  void helpPrintsWithoutFormatWarnings() {
    CliRun result = CliRun.of("report", "--help");

    assertThat(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("95% t- and bootstrap").contains("Exit codes: 0 written");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aDirectoryWithoutPlanJsonIsBadInput() throws Exception {
    Files.createDirectories(dir.resolve("plain"));

    CliRun result = CliRun.of("report", dir.resolve("plain").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("error: RUNS_DIR " + dir.resolve("plain") + " is not a sweep"
        + " directory: it has no plan.json (give the directory ganlab sweep wrote, OUT/<sweep name>)\n");
    assertThat(dir.resolve("plain/report")).doesNotExist();
  }

  @Test
  void aMissingDirectoryIsBadInput() {
    CliRun result = CliRun.of("report", dir.resolve("nope").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("error: RUNS_DIR " + dir.resolve("nope")
        + " is not a directory\n");
  }

  @Test
  void aDamagedRunFileIsBadInputNamingTheFile() throws Exception {
    Path root = new FakeSweep(dir.resolve("s"), "s", List.of()).write();
    FakeSweep sweep = new FakeSweep(dir.resolve("t"), "t", List.of());
    sweep.run("a", 1, Map.of()).metric("fid", 1);
    Path damaged = sweep.write();
    Files.writeString(damaged.resolve("runs/a/final.json"), "{not json");

    CliRun empty = CliRun.of("report", root.toString());
    CliRun result = CliRun.of("report", damaged.toString());

    assertThat(empty.code()).isEqualTo(0);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("error: " + damaged.resolve("runs/a/final.json")
        + " is not valid JSON: ").hasLineCount(1);
  }
}
