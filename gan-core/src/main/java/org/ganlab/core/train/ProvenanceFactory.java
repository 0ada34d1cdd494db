package org.ganlab.core.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.engine.EngineSetup;
import org.ganlab.core.io.Provenance;

/**
 * Builds a run's {@link Provenance} from its config and the running JVM, engine and machine. Public only
 * for {@link #current}, which lets a caller compare a recorded run with this machine.
 */
public final class ProvenanceFactory {
  static final int SCHEMA_VERSION = 1;
  private static final String SEED_DERIVATION =
      "Seeds.derive(seed, purpose, index): SplitMix64 over (seed, purpose bytes, index); purposes"
          + " latent/labels/phase per repetition, init/<network>/<parameter>, grid-latent, eval-latent,"
          + " data streams inside the data source";

  private ProvenanceFactory() {}

  static Provenance started(ExperimentConfig config, String configSha256, long resumedFrom) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("source", config.data().source());
    data.put("path", config.data().path() == null ? "" : config.data().path());
    return new Provenance(SCHEMA_VERSION, ganlabVersion(),
        System.getProperty("ganlab.git.commit", "unknown"), configSha256, config.seed(),
        SEED_DERIVATION, config.model().variant(), data,
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        EngineSetup.djlVersion(), "PyTorch " + EngineSetup.engineVersion(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " logical cores",
        EngineSetup.threads(), config.runtime().device(), Instant.now().toString(), null,
        RunStatus.RUNNING.label(), "", resumedFrom, resumedFrom);
  }

  /**
   * Returns the provenance a fresh run of this config would start with here and now: same versions,
   * machine and thread count as {@link Trainer#run} records (it applies the config's thread count to the
   * engine first, as a run does), status running, no steps completed.
   *
   * @param config the resolved config
   * @param configSha256 its hash
   * @return the record a run would write at its start
   */
  public static Provenance current(ExperimentConfig config, String configSha256) {
    EngineSetup.applyThreads(config.runtime().threads());
    return started(config, configSha256, 0);
  }

  static String ganlabVersion() {
    try (InputStream in =
        ProvenanceFactory.class.getResourceAsStream("/org/ganlab/core/ganlab-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      return Files.readAllLines(cpuinfo).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }
}
