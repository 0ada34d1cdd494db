package org.ganlab.core.train;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Properties;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.engine.CpuInfo;
import org.ganlab.core.engine.EngineSetup;
import org.ganlab.core.engine.IsaLevel;
import org.ganlab.core.io.Provenance;

/**
 * Builds a run's {@link Provenance} from its config and the running JVM, engine and machine. Public only
 * for {@link #current}, which lets a caller compare a recorded run with this machine.
 */
public final class ProvenanceFactory {
  static final int SCHEMA_VERSION = 2;
  /**
   * Version of ganlab's arithmetic, raised whenever a change makes a config and seed give other numbers:
   * 1 for every run recorded before the field existed; 2 since {@code TransposedConv2d} runs in the exact
   * sub-pixel form instead of over a zero-inserted input (last bits of every model with transposed
   * convolutions: DCGAN's {@code upsample: transposed}, the conditional convolutional backbone, CycleGAN).
   */
  static final int NUMERICS_VERSION = 2;
  /** ganlab's version, filtered into the resource by the build. */
  private static final String VERSION = "/org/ganlab/core/ganlab-version.properties";
  /** The commit, written by the build's git-commit step (gan-core's POM). */
  private static final String BUILD = "/org/ganlab/core/ganlab-build.properties";
  private static final String SEED_DERIVATION =
      "Seeds.derive(seed, purpose, index): SplitMix64 over (seed, purpose bytes, index); purposes"
          + " latent/labels/phase per repetition, init/<network>/<parameter>, grid-latent, eval-latent,"
          + " data streams inside the data source";

  private ProvenanceFactory() {}

  static Provenance started(ExperimentConfig config, String configSha256, DataSource data,
      long resumedFrom) {
    CpuInfo cpu = CpuInfo.current();
    return new Provenance(SCHEMA_VERSION, ganlabVersion(), gitCommit(), NUMERICS_VERSION,
        configSha256, config.seed(),
        SEED_DERIVATION, config.model().variant(), data.provenance(),
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        EngineSetup.djlVersion(), "PyTorch " + EngineSetup.engineVersion(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        cpu.model() + ", " + Runtime.getRuntime().availableProcessors() + " logical cores",
        cpu.isaFlags(), EngineSetup.threads(), config.runtime().isa(),
        IsaLevel.switches(System.getenv()), config.runtime().device(), Instant.now().toString(),
        null, RunStatus.RUNNING.label(), "", resumedFrom, resumedFrom);
  }

  /**
   * Returns the provenance a fresh run of this config would start with here and now: same versions,
   * machine, instruction-set level and thread count as {@link Trainer#run} records (it checks the level
   * and applies the config's thread count to the engine first, as a run does), status running, no steps
   * completed.
   *
   * @param config the resolved config
   * @param configSha256 its hash
   * @param data the opened data source, which describes itself
   * @return the record a run would write at its start
   * @throws org.ganlab.core.config.ConfigException when this process runs at another
   *     {@code runtime.isa} or the CPU cannot run it
   */
  public static Provenance current(ExperimentConfig config, String configSha256, DataSource data) {
    EngineSetup.apply(config.runtime());
    return started(config, configSha256, data, 0);
  }

  /**
   * Returns the commit ganlab was built from: the launcher's {@code ganlab.git.commit} system property
   * (it knows the checkout's state now), else the commit the build recorded in the jar, else
   * {@code unknown} (a build from a source tarball without {@code .git}).
   *
   * @return e.g. {@code fff922f...}, with {@code -dirty} when tracked files had changes
   */
  static String gitCommit() {
    String commit = System.getProperty("ganlab.git.commit", buildProperty(BUILD, "commit"));
    return commit.isBlank() ? "unknown" : commit;
  }

  static String ganlabVersion() {
    return buildProperty(VERSION, "version");
  }

  private static String buildProperty(String resource, String key) {
    try (InputStream in = ProvenanceFactory.class.getResourceAsStream(resource)) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty(key, "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
