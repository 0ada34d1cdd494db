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
   * @throws ConfigException listing every rule the config breaks, one line each
   */
  public static void validate(ExperimentConfig config) {
    Checks checks = new Checks();
    checkDataPath(checks, config.data());
    checkClip(checks, config.loss());
    checkDecayStart(checks, config.training());
    checkPretrainSteps(checks, config.training());
    checkExtractorPath(checks, config.eval().extractor());
    checks.done();
  }

  private static void checkExtractorPath(Checks checks, ExtractorConfig extractor) {
    boolean missing = extractor.path() == null || extractor.path().isBlank();
    checks.require(!missing || !extractor.type().equals("torchscript"), "eval.extractor.path",
        "is required for eval.extractor.type torchscript", Checks.quote(extractor.path()));
  }

  private static void checkDataPath(Checks checks, DataConfig data) {
    boolean missing = data.path() == null || data.path().isBlank();
    checks.require(!missing || !SOURCES_NEEDING_PATH.contains(data.source()), "data.path",
        "is required for data.source " + data.source(), Checks.quote(data.path()));
  }

  private static void checkClip(Checks checks, LossConfig loss) {
    checks.require(loss.clip() == 0 || loss.type().equals("wasserstein"), "loss.clip",
        "must be 0 unless loss.type is wasserstein (loss.type is " + loss.type() + ")",
        loss.clip());
  }

  private static void checkPretrainSteps(Checks checks, TrainingConfig training) {
    checks.require(training.pretrainSteps() <= training.steps(), "training.pretrain_steps",
        "must be in [0, training.steps] = [0, " + training.steps() + "]", training.pretrainSteps());
  }

  private static void checkDecayStart(Checks checks, TrainingConfig training) {
    checks.require(training.decayStart() < training.steps(), "training.decay_start",
        "must be in [0, training.steps) = [0, " + training.steps() + ")", training.decayStart());
  }
}
