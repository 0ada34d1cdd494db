package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.train.VariantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlannerTest {
  private static final VariantRegistry VARIANTS = VariantRegistry.load();

  @TempDir Path dir;

  private SweepPlan plan(String fileName, String yaml) throws Exception {
    Path file = dir.resolve(fileName);
    Files.writeString(file, yaml);
    return new SweepPlanner(VARIANTS, config -> { }).plan(SweepFile.read(file), dir.resolve("out"));
  }

  private static List<String> ids(SweepPlan plan) {
    return plan.runs().stream().map(PlannedRun::id).toList();
  }

  @Test
  void runIdsAreConfigHashesStableUnderKeyOrder() throws Exception {
    SweepPlan one = plan("one.yaml", "name: order\nmodel: {variant: vanilla, width: 16}\n"
        + "training: {steps: 10, lr_d: 1e-4}\nsweep:\n  grid: {loss.type: [hinge], training.lr_g: [1e-4]}\n"
        + "  seeds: [5]\n");
    SweepPlan two = plan("two.yaml", "sweep:\n  seeds: [5]\n  grid: {training.lr_g: [0.0001],"
        + " loss.type: [hinge]}\ntraining: {lr_d: 0.0001, steps: 10}\nmodel: {width: 16, variant: vanilla}\n"
        + "name: order\n");
    String hash = ConfigWriter.sha256(ConfigLoader.load("name: order\nseed: 5\n"
        + "model: {variant: vanilla, width: 16}\nloss: {type: hinge}\n"
        + "training: {steps: 10, lr_d: 1.0e-4, lr_g: 1.0e-4}\n", "yaml", List.of(), VARIANTS));

    assertThat(ids(one)).containsExactly(hash.substring(0, 12));
    assertThat(ids(two)).isEqualTo(ids(one));
    assertThat(one.runs().get(0).directory().root())
        .isEqualTo(dir.resolve("out/order/runs").resolve(hash.substring(0, 12)));
  }

  @Test
  void pointsResolvingToTheSameConfigAreOneRun() throws Exception {
    SweepPlan plan = plan("dupes.yaml", "name: dupes\nmodel: {variant: vanilla}\nsweep:\n"
        + "  grid: {training.lr_g: [2e-4, 0.0002, 1e-3]}\n  include: [{loss.type: non-saturating}]\n");

    assertThat(plan.runs()).hasSize(2);
    assertThat(plan.runs().get(0).points()).extracting(SweepPoint::describe).containsExactly(
        "training.lr_g=2.0E-4", "training.lr_g=2.0E-4", "loss.type=non-saturating");
    assertThat(plan.runs().get(1).points()).extracting(SweepPoint::describe)
        .containsExactly("training.lr_g=0.001");
  }

  @Test
  void everyProblemOfEveryInvalidPointIsReportedWithItsKeys() {
    assertThatThrownBy(() -> plan("bad.yaml", "name: bad\nmodel: {variant: vanilla}\nsweep:\n"
        + "  grid: {training.lr_d: [-1.0, 1e-4], model.variant: [vanilla, dcgna]}\n"))
        .isInstanceOf(InvalidSweepException.class)
        .hasMessageStartingWith("3 of 4 sweep points are invalid; nothing was run:")
        .satisfies(e -> assertThat(((InvalidSweepException) e).failures()).containsExactly(
            "training.lr_d=-1.0 model.variant=vanilla: training.lr_d must be > 0, found -1.0",
            "training.lr_d=-1.0 model.variant=dcgna: model.variant: unknown variant 'dcgna'; known: "
                + String.join(", ", VARIANTS.names()) + "; did you mean 'dcgan'?",
            "training.lr_d=-1.0 model.variant=dcgna: training.lr_d must be > 0, found -1.0",
            "training.lr_d=1.0E-4 model.variant=dcgna: model.variant: unknown variant 'dcgna'; known: "
                + String.join(", ", VARIANTS.names()) + "; did you mean 'dcgan'?"));
  }

  @Test
  void planJsonListsRunsWithResolvedValuesOfTheVaryingKeys() throws Exception {
    SweepPlan plan = plan("values.yaml", "name: values\nmodel: {variant: vanilla}\nsweep:\n"
        + "  grid: {loss.type: [hinge]}\n  seeds: [1]\n  include: [{training.lr_g: 1e-3}]\n");

    JsonNode json = PlanWriter.toJson(plan);

    assertThat(json.get("varying_keys").toString()).isEqualTo("[\"loss.type\",\"training.lr_g\"]");
    assertThat(json.get("runs")).hasSize(2);
    JsonNode first = json.get("runs").get(0);
    assertThat(first.get("id").asText()).isEqualTo(plan.runs().get(0).id());
    assertThat(first.get("directory").asText()).isEqualTo("runs/" + plan.runs().get(0).id());
    assertThat(first.get("values").toString()).isEqualTo("{\"loss.type\":\"hinge\",\"training.lr_g\":2.0E-4}");
    assertThat(first.get("points").toString()).isEqualTo("[{\"loss.type\":\"hinge\",\"seed\":1}]");
    assertThat(json.get("runs").get(1).get("values").toString())
        .isEqualTo("{\"loss.type\":\"non-saturating\",\"training.lr_g\":0.001}");
  }
}
