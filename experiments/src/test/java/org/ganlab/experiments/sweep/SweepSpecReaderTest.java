package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigJson;
import org.junit.jupiter.api.Test;

class SweepSpecReaderTest {

  static SweepSpec read(String yaml) throws Exception {
    return SweepSpecReader.read(ConfigJson.yaml().readTree(yaml));
  }

  private static void assertRejected(String yaml, String field, String message) {
    assertThatThrownBy(() -> read(yaml)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo(field));
  }

  @Test
  void readsGridSeedsIncludeAndExcludeInFileOrder() throws Exception {
    SweepSpec spec = read("grid: {training.lr_g: [1e-4, 2e-4], loss.type: [hinge]}\nseeds: [3, 1]\n"
        + "include: [{model.variant: dcgan, training.betas: [0.5, 0.9]}]\n"
        + "exclude: [{loss.type: hinge, training.lr_g: 1e-4}]\n");

    assertThat(spec.grid().keySet()).containsExactly("training.lr_g", "loss.type");
    assertThat(spec.grid().get("training.lr_g")).extracting(JsonNode::asDouble).containsExactly(1e-4, 2e-4);
    assertThat(spec.seeds()).containsExactly(3L, 1L);
    assertThat(spec.include()).hasSize(1);
    assertThat(spec.include().get(0).get("training.betas").toString()).isEqualTo("[0.5,0.9]");
    assertThat(spec.exclude().get(0).keySet()).containsExactly("loss.type", "training.lr_g");
  }

  @Test
  void unknownKeyIsNamedUnderSweep() {
    assertRejected("grdi: {loss.type: [hinge]}\n", "sweep.grdi",
        "sweep.grdi: unknown key; a sweep has grid, seeds, include, exclude");
  }

  @Test
  void gridValuesMustBeNonEmptyLists() {
    assertRejected("grid: {loss.type: hinge}\n", "sweep.grid.loss.type",
        "sweep.grid.loss.type must be a non-empty list of values, found \"hinge\"");
    assertRejected("grid: {loss.type: []}\n", "sweep.grid.loss.type", "non-empty list");
    assertRejected("grid: {loss: {type: [hinge]}}\n", "sweep.grid.loss",
        "write nested keys dotted");
  }

  @Test
  void seedsMustBeNonNegativeIntegers() {
    assertRejected("seeds: [1, -2]\n", "sweep.seeds", "found -2");
    assertRejected("seeds: [1.5]\n", "sweep.seeds", "found 1.5");
    assertRejected("seeds: 3\n", "sweep.seeds", "non-empty list");
  }

  @Test
  void excludeMayOnlyNameGridKeys() {
    assertRejected("grid: {loss.type: [hinge]}\nexclude: [{training.lr_g: 1e-4}]\n",
        "sweep.exclude[0].training.lr_g", "not a grid key; exclude can only name loss.type");
  }

  @Test
  void nameCannotVaryAndKeysMustBeDotted() {
    assertRejected("grid: {name: [a, b]}\n", "sweep.grid.name", "cannot vary");
    assertRejected("include: [{training..lr_g: 1}]\n", "sweep.include[0].training..lr_g",
        "is not a dotted config key");
    assertRejected("include: [{}]\n", "sweep.include[0]", "must set at least one key");
  }

  @Test
  void seedsInBothPlacesAreRejected() {
    assertRejected("grid: {seed: [1, 2]}\nseeds: [3]\n", "sweep.grid.seed", "not in both");
  }
}
