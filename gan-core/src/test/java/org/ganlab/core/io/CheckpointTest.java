package org.ganlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

  @Test
  void roundTripsArraysCountersAndStep(@TempDir Path dir) {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray weights = manager.create(new float[] {1.5f, -2.25f, 3f, 0f}).reshape(2, 2);
      Path file = dir.resolve("latest.ckpt");
      new Checkpoint(42, "abc", Map.of("net/g/w", weights), Map.of("adam/d/t", 7L)).write(file);

      Checkpoint read = Checkpoint.read(file, manager);

      assertThat(read.step()).isEqualTo(42);
      assertThat(read.configSha256()).isEqualTo("abc");
      assertThat(read.counters()).containsEntry("adam/d/t", 7L);
      assertThat(read.arrays().get("net/g/w").toFloatArray()).containsExactly(1.5f, -2.25f, 3f, 0f);
      assertThat(read.arrays().get("net/g/w").getShape().getShape()).containsExactly(2, 2);
    }
  }

  @Test
  void refusesADamagedFile(@TempDir Path dir) throws Exception {
    try (NDManager manager = NDManager.newBaseManager()) {
      Path file = dir.resolve("latest.ckpt");
      new Checkpoint(1, "abc", Map.of("a", manager.create(new float[] {1f})), Map.of()).write(file);
      assertThat(Checkpoint.isIntact(file)).isTrue();
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length / 2] ^= 1;
      Files.write(file, bytes);

      assertThat(Checkpoint.isIntact(file)).isFalse();
      assertThatThrownBy(() -> Checkpoint.read(file, manager))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("SHA-256");
      Files.write(file, java.util.Arrays.copyOf(bytes, 20));
      assertThat(Checkpoint.isIntact(file)).isFalse();
      assertThat(Checkpoint.isIntact(dir.resolve("missing.ckpt"))).isFalse();
    }
  }
}
