package org.ganlab.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.experiments.stats.CellSummary;
import org.ganlab.experiments.stats.HolmBonferroni;
import org.ganlab.experiments.stats.MannWhitneyTest;
import org.ganlab.experiments.stats.RankedCell;
import org.ganlab.experiments.stats.WelchTest;
import org.ganlab.experiments.sweep.RunState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells, statistics, exclusions and protocol checks of {@link SweepAnalysis} on fake sweeps. */
class SweepAnalysisTest {
  private static final double[] HINGE = {1, 2, 3};
  private static final double[] MINIMAX = {7, 8, 9};
  private static final double[] WASSERSTEIN = {1.5, 2.5, 3.5};
  /**
   * Student's t quantile t(0.975, 2), closed form for 2 degrees of freedom:
   * (2p − 1) / √(2p(1 − p)); Commons Math's inverse CDF agrees to about 1e-10.
   */
  private static final double T_975_2 = (2 * 0.975 - 1) / Math.sqrt(2 * 0.975 * 0.025);

  @TempDir Path dir;

  private FakeSweep threeCells() {
    FakeSweep sweep = new FakeSweep(dir, "three", List.of("loss.type"));
    addCell(sweep, "h", "hinge", HINGE);
    addCell(sweep, "m", "minimax", MINIMAX);
    addCell(sweep, "w", "wasserstein", WASSERSTEIN);
    return sweep;
  }

  private static void addCell(FakeSweep sweep, String prefix, String loss, double[] fid) {
    for (int s = 0; s < fid.length; s++) {
      sweep.run(prefix + (s + 1), s + 1, Map.of("loss.type", loss)).metric("fid", fid[s])
          .metric("fid_ci_low", fid[s] - 1).metric("fid_ci_high", fid[s] + 1)
          .protocol("fid", "extractor", "ganlab-shapes-cnn").protocol("fid", "n_fake", 500)
          .protocol("fid", "step", 100 * (s + 1));
    }
  }

  private SweepAnalysis analyse(FakeSweep sweep) throws Exception {
    return SweepAnalysis.of(SweepResults.read(sweep.write()));
  }

  @Test
  void directionsComeFromTheMetricsThatWriteTheColumns() throws Exception {
    FakeSweep sweep = new FakeSweep(dir, "paired", List.of("loss.type"));
    for (String loss : List.of("hinge", "minimax")) {
      for (int s = 0; s < 3; s++) {
        double value = loss.equals("hinge") ? 0.1 + s : 5 + s;
        sweep.run(loss.charAt(0) + "" + (s + 1), s + 1, Map.of("loss.type", loss))
            .metric("l1", value).metric("l1_baseline", 0.3)
            .protocol("l1", "n_fake", 500).protocol("l1", "step", 100);
      }
    }

    Map<String, MetricAnalysis> byColumn = new HashMap<>();
    analyse(sweep).metrics().forEach(metric -> byColumn.put(metric.column(), metric));

    assertThat(byColumn.get("l1").direction())
        .isEqualTo(MetricDirection.LOWER_IS_BETTER);
    assertThat(byColumn.get("l1").ranking()).extracting(RankedCell::name).first()
        .isEqualTo("hinge");
    assertThat(byColumn.get("l1_baseline").direction()).isNull();
    assertThat(byColumn.get("l1_baseline").ranking()).isEmpty();
  }

  @Test
  void cellSummariesEqualHandValuesAndTheStatsPackage() throws Exception {
    SweepAnalysis analysis = analyse(threeCells());

    assertThat(analysis.cells()).extracting(Cell::name)
        .containsExactly("hinge", "minimax", "wasserstein");
    assertThat(analysis.metrics()).extracting(MetricAnalysis::column).containsExactly("fid");
    MetricAnalysis fid = analysis.metrics().get(0);
    CellSummary hinge = fid.summary("hinge");
    assertThat(hinge.n()).isEqualTo(3);
    assertThat(hinge.mean()).isEqualTo(2.0);
    assertThat(hinge.std()).isEqualTo(1.0);
    assertThat(hinge.median()).isEqualTo(2.0);
    assertThat(hinge.tInterval().low()).isCloseTo(2 - T_975_2 / Math.sqrt(3), within(1e-9));
    assertThat(hinge.tInterval().high()).isCloseTo(2 + T_975_2 / Math.sqrt(3), within(1e-9));
    assertThat(hinge).isEqualTo(CellSummary.of(HINGE, MetricAnalyzer.BOOTSTRAP_SEED));
    assertThat(fid.summary("minimax"))
        .isEqualTo(CellSummary.of(MINIMAX, MetricAnalyzer.BOOTSTRAP_SEED));
  }

  @Test
  void pairsAreHolmCorrectedOverTheMetricsPairsAndTheRankingTiesIndistinguishableCells()
      throws Exception {
    MetricAnalysis fid = analyse(threeCells()).metrics().get(0);

    double[] welch = {WelchTest.test(HINGE, MINIMAX).p(), WelchTest.test(HINGE, WASSERSTEIN).p(),
        WelchTest.test(MINIMAX, WASSERSTEIN).p()};
    double[] holm = HolmBonferroni.adjust(welch);
    double[] mannWhitney = HolmBonferroni.adjust(new double[] {
        MannWhitneyTest.test(HINGE, MINIMAX).p(), MannWhitneyTest.test(HINGE, WASSERSTEIN).p(),
        MannWhitneyTest.test(MINIMAX, WASSERSTEIN).p()});
    assertThat(fid.pairs()).hasSize(3);
    assertThat(fid.pairs()).extracting(PairResult::welchAdjustedP)
        .containsExactly(holm[0], holm[1], holm[2]);
    assertThat(fid.pairs()).extracting(PairResult::mannWhitneyAdjustedP)
        .containsExactly(mannWhitney[0], mannWhitney[1], mannWhitney[2]);
    PairResult hingeMinimax = fid.pair("minimax", "hinge").orElseThrow();
    assertThat(hingeMinimax.comparison().meanDifference()).isEqualTo(-6.0);
    assertThat(hingeMinimax.welchAdjustedP()).isGreaterThan(welch[0]).isLessThan(0.05);
    assertThat(fid.ranking()).extracting(RankedCell::name, RankedCell::tiedWithBest).containsExactly(
        tuple("hinge", true),
        tuple("wasserstein", true),
        tuple("minimax", false));
    assertThat(fid.best("wasserstein")).isTrue();
    assertThat(fid.best("minimax")).isFalse();
  }

  @Test
  void aDivergedRunIsLeftOutOfTheStatisticsAndListed() throws Exception {
    FakeSweep sweep = threeCells();
    sweep.run("h4", 4, Map.of("loss.type", "hinge")).metric("fid", Double.NaN)
        .ended("diverged", "non-finite loss at step 40");

    SweepAnalysis analysis = analyse(sweep);

    MetricAnalysis fid = analysis.metrics().get(0);
    assertThat(analysis.cells().get(0).runs()).hasSize(4);
    assertThat(fid.summary("hinge")).isEqualTo(
        CellSummary.of(HINGE, MetricAnalyzer.BOOTSTRAP_SEED));
    assertThat(analysis.excluded()).singleElement().satisfies(run -> {
      assertThat(run.id()).isEqualTo("h4");
      assertThat(run.state()).isEqualTo(RunState.DIVERGED);
      assertThat(run.reason()).isEqualTo("non-finite loss at step 40");
    });
    assertThat(fid.dropped()).isEmpty();
    assertThat(MarkdownSummary.render(analysis))
        .contains("| hinge | 3/4 |")
        .contains("- h4 (loss.type=hinge seed=4): diverged: non-finite loss at step 40\n");
  }

  @Test
  void aDoneRunWithoutAFiniteValueIsDroppedForThatMetric() throws Exception {
    FakeSweep sweep = threeCells();
    sweep.run("h4", 4, Map.of("loss.type", "hinge")).metric("fid", Double.NaN);

    SweepAnalysis analysis = analyse(sweep);

    MetricAnalysis fid = analysis.metrics().get(0);
    assertThat(fid.summary("hinge").n()).isEqualTo(3);
    assertThat(fid.dropped()).containsExactly("h4");
    assertThat(SummaryGrid.of(analysis).rows()).extracting(row -> row.entries().get(0).text())
        .containsExactly("2.0 ± 2.5 (n=3)", "8.0 ± 2.5", "2.5 ± 2.5");
  }

  @Test
  void aMetricWithoutAnyFiniteValueIsNotRanked() throws Exception {
    FakeSweep sweep = new FakeSweep(dir, "empty", List.of("loss.type"));
    sweep.run("a", 1, Map.of("loss.type", "hinge")).metric("kl_to_uniform", Double.NaN);
    sweep.run("b", 1, Map.of("loss.type", "minimax")).metric("kl_to_uniform", Double.NaN);

    MetricAnalysis kl = analyse(sweep).metrics().get(0);

    assertThat(kl.ranking()).isEmpty();
    assertThat(kl.dropped()).containsExactly("a", "b");
    assertThat(kl.summary("hinge").n()).isZero();
    assertThat(BarChart.render(kl)).isEmpty();
  }

  @Test
  void differentProtocolsMakeAMetricIncomparable() throws Exception {
    FakeSweep sweep = threeCells();
    sweep.run("m4", 4, Map.of("loss.type", "minimax")).metric("fid", 8)
        .protocol("fid", "extractor", "ganlab-shapes-cnn").protocol("fid", "n_fake", 1000);

    MetricAnalysis fid = analyse(sweep).metrics().get(0);

    assertThat(fid.comparable()).isFalse();
    assertThat(fid.protocolProblem()).isEqualTo("fid was measured under different protocols"
        + " (n_fake=500 in runs h1, h2, h3, m1, m2, m3, w1, w2, w3; n_fake=1000 in run m4);"
        + " its values are not compared");
    assertThat(fid.pairs()).isEmpty();
    assertThat(fid.ranking()).isEmpty();
    assertThat(fid.best("hinge")).isFalse();
    assertThat(fid.summary("minimax").n()).isEqualTo(4);
    assertThat(BarChart.render(fid)).isEmpty();
  }

  @Test
  void aProtocolRecordedByOnlySomeRunsIsADifference() throws Exception {
    FakeSweep sweep = threeCells();
    sweep.run("m4", 4, Map.of("loss.type", "minimax")).metric("fid", 8);

    MetricAnalysis fid = analyse(sweep).metrics().get(0);

    assertThat(fid.protocolProblem()).contains("extractor=(not recorded) n_fake=(not recorded) in run m4");
  }

  @Test
  void protocolsThatDifferOnlyInStepAreComparable() throws Exception {
    MetricAnalysis fid = analyse(threeCells()).metrics().get(0);

    assertThat(fid.comparable()).isTrue();
    assertThat(fid.protocolProblem()).isEmpty();
  }

  @Test
  void intervalColumnsAreShownButNotAnalysed() throws Exception {
    SweepAnalysis analysis = analyse(threeCells());

    assertThat(analysis.metrics()).extracting(MetricAnalysis::column).containsExactly("fid");
    assertThat(analysis.allMetricColumns()).containsExactly("fid", "fid_ci_low", "fid_ci_high");
  }

  @Test
  void aSweepVaryingOnlyTheSeedIsOneCell() throws Exception {
    FakeSweep sweep = new FakeSweep(dir, "seeds", List.of());
    for (int s = 0; s < 3; s++) {
      sweep.run("s" + s, s, Map.of()).metric("fid", HINGE[s]);
    }

    SweepAnalysis analysis = analyse(sweep);

    assertThat(analysis.cells()).extracting(Cell::name).containsExactly(Cells.BASE_NAME);
    assertThat(analysis.metrics().get(0).ranking()).isEmpty();
    assertThat(analysis.metrics().get(0).summary(Cells.BASE_NAME).mean()).isEqualTo(2.0);
  }
}
