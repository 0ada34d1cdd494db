package org.ganlab.experiments.cli;

import java.util.concurrent.Callable;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.VariantRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ganlab variants}: lists the variants the SPI found on the class path. */
@Command(name = "variants", mixinStandardHelpOptions = true,
    description = "List the GAN variants found through the GanVariant SPI (usable as model.variant).")
final class VariantsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (GanVariant variant : VariantRegistry.load().variants()) {
      spec.commandLine().getOut().printf("%-12s %s%n", variant.name(), variant.description());
    }
    return 0;
  }
}
