package org.ganlab.cyclegan;

import org.ganlab.core.metric.ModelCapability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DomainPairSource;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.ShapesTranslationSource;
import org.junit.jupiter.api.Test;

class CycleGanVariantTest {
  private final CycleGanVariant variant = new CycleGanVariant();

  @Test
  void aSingleDomainSourceIsRefusedNamingDataSourceAndTheWayOut() {
    ExperimentConfig config = CycleGanConfigs.tiny("data.source=shapes");

    assertThatThrownBy(() -> variant.openData(config))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("data.source"))
        .hasMessageContaining("shapes-translation")
        .hasMessageContaining("data.domain_a and data.domain_b")
        .hasMessageContaining("found data.source shapes");
  }

  @Test
  void translationSourcesAndDomainViewsAreTakenAsTheyAre() {
    DataSource paired = variant.openData(CycleGanConfigs.tiny());
    DataSource domains = variant.openData(CycleGanConfigs.tiny("data.source=shapes",
        "data.domain_a=[0, 1]", "data.domain_b=[2]"));

    assertThat(paired).isInstanceOf(ShapesTranslationSource.class);
    assertThat(domains).isInstanceOf(DomainPairSource.class);
    assertThat(domains.name()).isEqualTo("shapes");
  }

  @Test
  void pointsAreRefusedNamingTheVariant() {
    ExperimentConfig config = CycleGanConfigs.tiny();

    assertThatThrownBy(() -> variant.validate(config, new SampleShape(2), 0))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.variant"))
        .hasMessageContaining("cyclegan needs images");
  }

  @Test
  void defaultMetricsScoreTranslationsAndCycles() {
    assertThat(variant.defaultMetrics("shapes-translation", List.of()))
        .containsExactly("fid", "fid_ba", "l1", "psnr", "cycle_l1");
    assertThat(variant.defaultMetrics("fashion-mnist", List.of("fid", "kid", "is")))
        .containsExactly("fid", "fid_ba", "cycle_l1");
    assertThat(variant.defaultMetrics("image-folder", List.of())).containsExactly("cycle_l1");
    assertThat(variant.capabilities()).containsExactly(ModelCapability.MAPS_BACK);
  }
}
