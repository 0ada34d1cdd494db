package org.ganlab.experiments.cli;

import org.ganlab.core.train.Trainer;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code ganlab --version} from the build-filtered version resource. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"ganlab " + Trainer.version()};
  }
}
