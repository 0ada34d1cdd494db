package org.ganlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pinned level is what the engine really runs: a child JVM started with a level's switches and the
 * libraries' verbose modes runs a matrix product and a convolution, and oneMKL and oneDNN report the
 * code path they took.
 */
class IsaPinnedEngineTest {

  private static String probe(IsaLevel level) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
        EngineProbe.class.getName()).redirectErrorStream(true);
    level.applyTo(builder.environment());
    builder.environment().put("MKL_VERBOSE", "1");
    builder.environment().put("ONEDNN_VERBOSE", "1");
    builder.environment().put("OMP_NUM_THREADS", "1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).as("the probe ran").contains("probe 262144.0 101568.0");
    return output;
  }

  private static List<String> lines(String output, String marker) {
    return output.lines().filter(line -> line.contains(marker)).toList();
  }

  @Test
  void avx2PinRunsMklInCompatibleModeAndOneDnnOnAvx2Kernels() throws Exception {
    assumeTrue(CpuInfo.current().missing(IsaLevel.AVX2).isEmpty(), "this CPU lacks AVX2");
    String output = probe(IsaLevel.AVX2);

    assertThat(lines(output, "SGEMM")).isNotEmpty().allMatch(line -> line.contains("CNR:COMPATIBLE"));
    assertThat(lines(output, "onednn_verbose,v1,info,cpu,isa:")).singleElement()
        .asString().endsWith("isa:Intel AVX2");
    assertThat(lines(output, ",convolution,")).isNotEmpty()
        .allMatch(line -> line.contains("jit:avx2") && !line.contains("avx512"));
  }

  @Test
  void withoutThePinAnAvx512CpuRunsOtherPaths() throws Exception {
    assumeTrue(CpuInfo.current().missing(IsaLevel.AVX512).isEmpty(), "this CPU lacks AVX-512");
    String output = probe(IsaLevel.NATIVE);

    assertThat(lines(output, "SGEMM")).isNotEmpty().noneMatch(line -> line.contains("CNR:COMPATIBLE"));
    assertThat(lines(output, ",convolution,")).isNotEmpty()
        .allMatch(line -> line.contains("avx512"));
  }
}
