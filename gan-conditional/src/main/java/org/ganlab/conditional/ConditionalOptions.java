package org.ganlab.conditional;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.ganlab.core.config.ConfigProblems;

/**
 * The {@code model:} keys only the conditional variant understands.
 *
 * @param discriminator how the discriminator sees the label: {@code projection} (logit = ψ(φ(x)) +
 *     ⟨embed(y), φ(x)⟩, Miyato and Koyama 2018) or {@code concat} (the one-hot label joined to the input,
 *     Mirza and Osindero 2014)
 * @param backbone the networks' body: {@code conv} (DCGAN-like, images of 28 or 32 px) or {@code mlp}
 *     (fully connected, any labelled data)
 * @param embeddingDim length of the generator's learned label embedding, joined to z
 * @param conditionalBn whether the conv generator's batch norms also take the label: class-conditional
 *     batch norm, whose scale and shift are looked up per class ({@link ClassBatchNorm}), as in Miyato
 *     and Koyama's generator; the mlp generator has no batch norm
 * @param classifierWeight λ of an auxiliary classifier on the projection discriminator's features
 *     (AC-GAN, Odena, Olah and Shlens 2017): D also learns to classify real samples (λ·cross-entropy added
 *     to its loss) and G to make samples that classifier assigns to the class asked for (λ·cross-entropy
 *     added to its loss); 0 turns it off
 */
public record ConditionalOptions(
    String discriminator,
    String backbone,
    @JsonProperty("embedding_dim") int embeddingDim,
    @JsonProperty("conditional_bn") boolean conditionalBn,
    @JsonProperty("classifier_weight") double classifierWeight) {

  /** Allowed values of {@code model.discriminator}. */
  public static final List<String> DISCRIMINATORS = List.of("projection", "concat");

  /** Allowed values of {@code model.backbone}. */
  public static final List<String> BACKBONES = List.of("conv", "mlp");

  /** Largest accepted {@code model.classifier_weight}. */
  public static final double MAX_CLASSIFIER_WEIGHT = 100;

  /** Largest accepted {@code model.embedding_dim}. */
  public static final int MAX_EMBEDDING_DIM = 1024;

  /** Checks every value. */
  public ConditionalOptions {
    ConfigProblems problems = new ConfigProblems();
    oneOf(problems, "model.discriminator", discriminator, DISCRIMINATORS);
    oneOf(problems, "model.backbone", backbone, BACKBONES);
    if (embeddingDim < 1 || embeddingDim > MAX_EMBEDDING_DIM) {
      problems.add("model.embedding_dim", "model.embedding_dim must be in [1, "
          + MAX_EMBEDDING_DIM + "], found " + embeddingDim);
    }
    if (conditionalBn && !"conv".equals(backbone)) {
      problems.add("model.conditional_bn", "model.conditional_bn true needs model.backbone"
          + " conv (the mlp generator has no batch norm), found model.backbone " + backbone);
    }
    if (!(classifierWeight >= 0 && classifierWeight <= MAX_CLASSIFIER_WEIGHT)) {
      problems.add("model.classifier_weight", "model.classifier_weight must be in [0, "
          + MAX_CLASSIFIER_WEIGHT + "], found " + classifierWeight);
    }
    if (classifierWeight > 0 && !"projection".equals(discriminator)) {
      problems.add("model.classifier_weight", "model.classifier_weight > 0 needs"
          + " model.discriminator projection (the concat discriminator sees the label it would"
          + " predict), found model.discriminator " + discriminator);
    }
    problems.throwIfAny();
  }

  /**
   * Returns the defaults.
   *
   * @return a projection discriminator on the conv backbone, a 16-dimensional label embedding, plain
   *     batch norm in the generator, no auxiliary classifier
   */
  public static ConditionalOptions defaults() {
    return new ConditionalOptions("projection", "conv", 16, false, 0);
  }

  /**
   * Returns whether the discriminator is a projection discriminator.
   *
   * @return true for {@code projection}, false for {@code concat}
   */
  public boolean projection() {
    return "projection".equals(discriminator);
  }

  /**
   * Returns whether the discriminator has an auxiliary classifier.
   *
   * @return true when {@code classifier_weight} is above 0
   */
  public boolean classified() {
    return classifierWeight > 0;
  }

  /**
   * Returns whether the networks are convolutional.
   *
   * @return true for {@code conv}, false for {@code mlp}
   */
  public boolean conv() {
    return "conv".equals(backbone);
  }

  private static void oneOf(
      ConfigProblems problems, String field, String value, List<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      problems.add(field, field + " must be one of " + String.join(", ", allowed)
          + ", found " + value);
    }
  }
}
