package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.engine.IsaLevel;
import org.ganlab.experiments.cli.GanlabCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs pinned to {@code runtime.isa: avx2} give the bytes of the fixtures in {@code isa-fixtures/}, which
 * were made on another machine (see the README there): the same numbers on every x86 machine with AVX2.
 * The run goes through the CLI in this JVM, which surefire starts at the avx2 level and without the
 * launcher's {@code ganlab.git.commit} property, so its provenance also shows the commit the build
 * recorded in the jar.
 */
class PinnedFixtureTest {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(PinnedFixtureTest.class.getResource("/isa-fixtures/" + name).toURI());
  }

  private static Path train(String config, Path out) throws Exception {
    assertThat(GanlabCli.run("train", fixture(config + ".yaml").toString(), "--out", out.toString(),
        "--no-progress")).isZero();
    try (Stream<Path> names = Files.list(out.resolve("isa-" + config))) {
      return names.findFirst().orElseThrow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vanilla-ring8", "dcgan-tiny"})
  void pinnedRunEqualsTheFixtureByteForByte(String config, @TempDir Path out) throws Exception {
    assertThat(IsaLevel.inEffect(System.getenv())).contains(IsaLevel.AVX2);
    Path run = train(config, out);

    assertThat(Files.readAllBytes(run.resolve("metrics.csv")))
        .isEqualTo(Files.readAllBytes(fixture(config + "-avx2.metrics.csv")));
    JsonNode provenance = ConfigJson.json().readTree(run.resolve("provenance.json").toFile());
    assertThat(provenance.path("isa").asText()).isEqualTo("avx2");
    assertThat(provenance.path("numerics_version").asInt())
        .as("the fixtures were made at this numerics version; make them again when it is raised")
        .isEqualTo(2);
    assertThat(provenance.path("isa_environment").path("ONEDNN_MAX_CPU_ISA").asText()).isEqualTo("AVX2");
  }

  @Test
  void withoutTheLauncherProvenanceHasTheCommitTheJarWasBuiltFrom(@TempDir Path out)
      throws Exception {
    assertThat(System.getProperty("ganlab.git.commit")).isNull();
    Path run = train("dcgan-tiny", out);

    String commit = ConfigJson.json().readTree(run.resolve("provenance.json").toFile())
        .path("git_commit").asText();
    String head = git("rev-parse", "HEAD");
    if (head.isEmpty()) {
      assertThat(commit).isEqualTo("unknown");
    } else {
      assertThat(commit).matches("[0-9a-f]{40}(-dirty)?").startsWith(head);
    }
  }

  /** Runs git in the checkout; empty output when there is no git or no repository (a tarball). */
  private static String git(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      return process.waitFor() == 0 ? output : "";
    } catch (IOException e) {
      return "";
    }
  }
}
