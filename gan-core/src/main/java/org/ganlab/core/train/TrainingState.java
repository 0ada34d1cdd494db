package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.TrainingConfig;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.engine.NativeArrays;

/**
 * Everything a run changes as it trains: the networks' parameters, one {@link Adam} per optimizer name
 * (one per update phase unless phases share one, see {@link UpdatePhase#optimizer}) and the optional
 * {@link Ema}; and the conversion of all of it to and from a {@link Checkpoint}.
 */
final class TrainingState {
  private final GanModels models;
  private final Map<String, Adam> optimizers = new LinkedHashMap<>();
  private final Map<String, List<NDArray>> phaseParameters = new LinkedHashMap<>();
  private final Map<String, List<NDArray>> fixedParameters = new LinkedHashMap<>();
  private final List<NDArray> allTrainable;
  private final Ema ema;

  TrainingState(GanModels models, TrainingConfig training, NDManager manager) {
    this.models = models;
    for (UpdatePhase phase : models.phases()) {
      List<NDArray> trainable = trainable(phase.updates());
      trainable.forEach(array -> array.setRequiresGradient(true));
      phaseParameters.put(phase.name(), trainable);
      Adam shared = optimizers.get(phase.optimizer());
      if (shared == null) {
        optimizers.put(phase.optimizer(),
            new Adam(trainable, StrictMath.pow(training.betas().get(0), phase.lazyRatio()),
                StrictMath.pow(training.betas().get(1), phase.lazyRatio()), manager));
      } else if (!shared.parameters().equals(trainable)) {
        throw new IllegalStateException("phase " + phase.name() + " shares optimizer "
            + phase.optimizer() + " but updates other parameters");
      }
    }
    this.allTrainable = trainable(List.copyOf(models.networks().keySet()));
    phaseParameters.forEach((phase, updated) -> fixedParameters.put(phase, allTrainable.stream()
        .filter(array -> updated.stream().noneMatch(own -> own == array)).toList()));
    this.ema =
        training.ema() > 0
            ? new Ema(arrays(models.networks().get(models.generatorName())), training.ema(), manager)
            : null;
  }

  Adam optimizer(UpdatePhase phase) {
    return optimizers.get(phase.optimizer());
  }

  Ema ema() {
    return ema;
  }

  /** The arrays a phase updates; fixed for the run (restoring copies values into them). */
  List<NDArray> parameters(UpdatePhase phase) {
    return phaseParameters.get(phase.name());
  }

  /** The trainable arrays of the networks a phase does not update, frozen while it runs. */
  List<NDArray> fixedDuring(UpdatePhase phase) {
    return fixedParameters.get(phase.name());
  }

  /** Every trainable array of every network, whose gradients are zeroed before each phase. */
  List<NDArray> allTrainable() {
    return allTrainable;
  }

  private List<NDArray> trainable(List<String> networks) {
    List<NDArray> arrays = new ArrayList<>();
    for (String network : networks) {
      for (Pair<String, Parameter> parameter : models.networks().get(network).getParameters()) {
        if (parameter.getValue().requiresGradient()) {
          arrays.add(parameter.getValue().getArray());
        }
      }
    }
    return arrays;
  }


  Checkpoint snapshot(long step, String configSha256) {
    Map<String, Long> counters = new LinkedHashMap<>();
    optimizers.forEach((phase, adam) -> counters.put("adam/" + phase + "/t", adam.updates()));
    if (ema != null) {
      counters.put("ema/t", ema.updates());
    }
    return new Checkpoint(step, configSha256, namedArrays(), counters);
  }

  void restore(Checkpoint checkpoint) {
    Map<String, NDArray> targets = namedArrays();
    if (!targets.keySet().equals(checkpoint.arrays().keySet())) {
      throw new IllegalStateException(
          "checkpoint holds " + checkpoint.arrays().keySet() + " but this run has " + targets.keySet());
    }
    targets.forEach((name, target) -> NativeArrays.assign(target, checkpoint.arrays().get(name)));
    optimizers.forEach(
        (phase, adam) ->
            adam.restoreUpdates(checkpoint.counters().get("adam/" + phase + "/t")));
    if (ema != null) {
      ema.restoreUpdates(checkpoint.counters().get("ema/t"));
    }
  }

  private Map<String, NDArray> namedArrays() {
    Map<String, NDArray> named = new LinkedHashMap<>();
    models.networks().forEach(
        (network, block) -> {
          for (Pair<String, Parameter> parameter : block.getParameters()) {
            named.put("net/" + network + "/" + parameter.getKey(), parameter.getValue().getArray());
          }
        });
    optimizers.forEach((phase, adam) -> putAll(named, "adam/" + phase + "/", adam.state()));
    if (ema != null) {
      putAll(named, "ema/", ema.state());
    }
    return named;
  }

  private static void putAll(Map<String, NDArray> named, String prefix, List<NDArray> arrays) {
    for (int i = 0; i < arrays.size(); i++) {
      named.put(prefix + i, arrays.get(i));
    }
  }

  private static List<NDArray> arrays(Block block) {
    List<NDArray> arrays = new ArrayList<>();
    block.getParameters().forEach(parameter -> arrays.add(parameter.getValue().getArray()));
    return arrays;
  }
}
