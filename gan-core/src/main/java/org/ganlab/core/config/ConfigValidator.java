package org.ganlab.core.config;

import java.util.List;

/**
 * The cross-field rules of a config: the checks that involve more than one field. Single-field rules
 * live in the records' compact constructors, so a record that exists already passed them.
 * {@link ConfigLoader} calls {@link #validate(ExperimentConfig)} on every config it returns; code that
 * builds an {@link ExperimentConfig} by hand should call it too.
 */
public final class ConfigValidator {

  /** Data sources that have no default location and need {@code data.path}. */
  private static final List<String> SOURCES_NEEDING_PATH = List.of("idx", "image-folder");

  private ConfigValidator() {}

  /**
   * Checks the rules that involve more than one field.
   *
   * @param config a config whose records already passed their own checks
   * @throws ConfigException naming the first field that breaks a rule
   */
  public static void validate(ExperimentConfig config) {
    checkDataPath(config.data());
    checkClip(config.loss());
    checkDecayStart(config.training());
    checkPretrainSteps(config.training());
    checkExtractorPath(config.eval().extractor());
  }

  private static void checkExtractorPath(ExtractorConfig extractor) {
    boolean missing = extractor.path() == null || extractor.path().isBlank();
    if (missing && extractor.type().equals("torchscript")) {
      throw Checks.fail("eval.extractor.path", "is required for eval.extractor.type torchscript",
          Checks.quote(extractor.path()));
    }
  }

  private static void checkDataPath(DataConfig data) {
    boolean missing = data.path() == null || data.path().isBlank();
    if (missing && SOURCES_NEEDING_PATH.contains(data.source())) {
      throw Checks.fail(
          "data.path", "is required for data.source " + data.source(), Checks.quote(data.path()));
    }
  }

  private static void checkClip(LossConfig loss) {
    if (loss.clip() > 0 && !loss.type().equals("wasserstein")) {
      throw Checks.fail(
          "loss.clip",
          "must be 0 unless loss.type is wasserstein (loss.type is " + loss.type() + ")",
          loss.clip());
    }
  }

  private static void checkPretrainSteps(TrainingConfig training) {
    if (training.pretrainSteps() > training.steps()) {
      throw Checks.fail("training.pretrain_steps",
          "must be in [0, training.steps] = [0, " + training.steps() + "]", training.pretrainSteps());
    }
  }

  private static void checkDecayStart(TrainingConfig training) {
    if (training.decayStart() >= training.steps()) {
      throw Checks.fail(
          "training.decay_start",
          "must be in [0, training.steps) = [0, " + training.steps() + ")",
          training.decayStart());
    }
  }
}
