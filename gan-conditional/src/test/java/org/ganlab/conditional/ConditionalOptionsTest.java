package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionalOptionsTest {

  @Test
  void defaultsAreAProjectionDiscriminatorOnTheConvBackbone() {
    ConditionalOptions options = Fixtures.config().model().options(ConditionalOptions.class);

    assertThat(options).isEqualTo(new ConditionalOptions("projection", "conv", 16, false, 0));
    assertThat(options.projection()).isTrue();
    assertThat(options.conv()).isTrue();
  }

  @Test
  void keysBindFromTheModelSectionAndAreWrittenBack() {
    ExperimentConfig config = Fixtures.config("model.discriminator=concat", "model.backbone=mlp",
        "model.embedding_dim=5");

    assertThat(config.model().options(ConditionalOptions.class))
        .isEqualTo(new ConditionalOptions("concat", "mlp", 5, false, 0));
    assertThat(ConfigWriter.toYaml(config))
        .contains("discriminator: concat").contains("backbone: mlp").contains("embedding_dim: 5");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "model.discriminator=hinge; model.discriminator; model.discriminator must be one of projection,"
          + " concat, found hinge",
      "model.backbone=resnet; model.backbone; model.backbone must be one of conv, mlp, found resnet",
      "model.embedding_dim=0; model.embedding_dim; model.embedding_dim must be in [1, 1024], found 0",
      "model.embedding_dim=1025; model.embedding_dim; model.embedding_dim must be in [1, 1024],"
          + " found 1025",
      "model.backbone=mlp,model.conditional_bn=true; model.conditional_bn; model.conditional_bn true"
          + " needs model.backbone conv (the mlp generator has no batch norm), found model.backbone mlp",
      "model.classifier_weight=-1; model.classifier_weight; model.classifier_weight must be in [0,"
          + " 100.0], found -1.0",
      "model.classifier_weight=NaN; model.classifier_weight; model.classifier_weight must be in [0,"
          + " 100.0], found NaN",
      "model.discriminator=concat,model.classifier_weight=1; model.classifier_weight;"
          + " model.classifier_weight > 0 needs model.discriminator projection"})
  void badValuesAreRefusedNamingTheKeyAndTheAllowedValues(String override, String field,
      String message) {
    assertThatThrownBy(() -> Fixtures.config(override.split(",")))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(message);
  }

  @Test
  void theRecordChecksItselfToo() {
    assertThatThrownBy(() -> new ConditionalOptions("projection", null, 4, false, 0))
        .isInstanceOf(ConfigException.class)
        .hasMessage("model.backbone must be one of conv, mlp, found null");
  }
}
