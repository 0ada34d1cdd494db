package org.ganlab.core.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ganlab.core.engine.IsaLevel;

/**
 * The default value of every config key except {@code model.variant}, as a tree the user's tree is merged
 * onto. {@code eval.samples} and {@code eval.metrics} default to {@link #AUTO}, which
 * {@link ConfigResolution} replaces once the data source is known.
 */
final class ConfigDefaults {

  /** Placeholder for a value that depends on other keys. */
  static final String AUTO = "AUTO";

  /** Where {@code fashion-mnist} is read from when {@code data.path} is not given. */
  static final String FASHION_MNIST_PATH = "/usr/share/datasets/fashion-mnist";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigDefaults() {}

  /**
   * Returns a fresh copy of the defaults.
   *
   * @return the defaults tree, safe to modify
   */
  static ObjectNode tree() {
    ObjectNode root = NODES.objectNode();
    root.put("name", "ganlab-run");
    root.put("seed", 1L);
    data(root.putObject("data"));
    model(root.putObject("model"));
    loss(root.putObject("loss"));
    training(root.putObject("training"));
    eval(root.putObject("eval"));
    runtime(root.putObject("runtime"));
    return root;
  }

  /**
   * Returns the default {@code loss.penalty} for a loss type.
   *
   * @param lossType the user's {@code loss.type}
   * @return gp with weight 10 for {@code wasserstein-gp}, none with weight 10 otherwise
   */
  static ObjectNode penalty(String lossType) {
    ObjectNode penalty = NODES.objectNode();
    penalty.put("type", "wasserstein-gp".equals(lossType) ? "gp" : "none");
    penalty.put("weight", 10.0);
    return penalty;
  }

  private static void data(ObjectNode data) {
    data.put("source", "ring8");
    data.putNull("path");
    data.put("image_size", 28);
    data.put("channels", 1);
    data.putArray("domain_a");
    data.putArray("domain_b");
    data.putNull("radius");
    data.putNull("spacing");
    data.putNull("std");
    data.putNull("train_size");
  }

  private static void model(ObjectNode model) {
    model.put("latent_dim", 64);
    model.put("width", 128);
    model.put("spectral_norm", false);
  }

  private static void loss(ObjectNode loss) {
    loss.put("type", "non-saturating");
    loss.put("clip", 0.0);
    loss.set("penalty", penalty("non-saturating"));
  }

  private static void training(ObjectNode training) {
    training.put("steps", 2000);
    training.put("batch_size", 64);
    training.put("d_steps", 1);
    training.put("lr_g", 2e-4);
    training.put("lr_d", 2e-4);
    training.putArray("betas").add(0.5).add(0.999);
    training.put("lr_decay", "none");
    training.put("decay_start", 0);
    training.put("ema", 0.0);
    training.put("checkpoint_every", 1000);
    training.put("log_every", 10);
    training.put("pretrain_steps", 0);
  }

  private static void eval(ObjectNode eval) {
    eval.put("every", 500);
    eval.put("samples", AUTO);
    eval.put("metrics", AUTO);
    eval.put("grid_size", 64);
    ObjectNode extractor = eval.putObject("extractor");
    extractor.put("type", "auto");
    extractor.putNull("path");
    extractor.put("input_size", 299);
    extractor.put("input_channels", 3);
    extractor.putArray("mean").add(0.0);
    extractor.putArray("std").add(1.0);
    extractor.put("batch_size", 256);
    eval.put("bootstrap", 0);
  }

  private static void runtime(ObjectNode runtime) {
    runtime.put("threads", 2);
    runtime.put("device", "cpu");
    runtime.put("isa", IsaLevel.AVX2.configName());
  }
}
