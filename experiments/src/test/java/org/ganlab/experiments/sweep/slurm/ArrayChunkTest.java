package org.ganlab.experiments.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests and their split into arrays the cluster accepts, and which task trains which run. */
class ArrayChunkTest {

  private static SlurmManifest manifest(int runs) {
    List<SlurmManifest.Entry> entries = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      entries.add(new SlurmManifest.Entry(String.format("%012x", i + 1),
          String.format("%064x", i + 1)));
    }
    return new SlurmManifest(entries);
  }

  @Test
  void twentyFiveHundredRunsWithMaxArraySize1001AreThreeArraysThatCoverEachRunOnce() {
    List<ArrayChunk> chunks = ArrayChunk.split(2500, 1001);

    assertThat(chunks).containsExactly(new ArrayChunk(0, 1001), new ArrayChunk(1001, 1001),
        new ArrayChunk(2002, 498));
    assertThat(chunks.get(0).arraySpec(8)).isEqualTo("0-1000%8");
    assertThat(chunks.get(2).arraySpec(null)).isEqualTo("0-497");
    SlurmManifest manifest = manifest(2500);
    Set<String> trained = new HashSet<>();
    for (ArrayChunk chunk : chunks) {
      for (int task = 0; task < chunk.size(); task++) {
        assertThat(task).isLessThan(1001);
        trained.add(manifest.entry(task + chunk.offset()).runId());
      }
    }
    assertThat(trained).hasSize(2500);
  }

  @Test
  void anArrayOfExactlyMaxArraySizeIsOneChunkAndNoRunsAreNone() {
    assertThat(ArrayChunk.split(1001, 1001)).containsExactly(new ArrayChunk(0, 1001));
    assertThat(ArrayChunk.split(1002, 1001)).containsExactly(new ArrayChunk(0, 1001),
        new ArrayChunk(1001, 1));
    assertThat(ArrayChunk.split(0, 1001)).isEmpty();
    assertThatThrownBy(() -> ArrayChunk.split(3, 0)).hasMessageContaining("MaxArraySize");
  }

  @Test
  void aSubmissionNamesTheTaskOfEachManifestIndexItCovers() {
    Submissions.Submission third = new Submissions.Submission("4711", new ArrayChunk(2002, 498), "m.txt");

    assertThat(third.task(2002)).contains("4711_0");
    assertThat(third.task(2499)).contains("4711_497");
    assertThat(third.task(2001)).isEmpty();
    assertThat(third.task(2500)).isEmpty();
  }

  @Test
  void theManifestRoundTripsAndIsNamedByItsContent(@TempDir Path dir) throws Exception {
    SlurmManifest manifest = manifest(3);
    Path file = manifest.writeInto(dir.resolve("slurm"));

    assertThat(Files.readString(file)).isEqualTo(
        "000000000001 0000000000000000000000000000000000000000000000000000000000000001\n"
        + "000000000002 0000000000000000000000000000000000000000000000000000000000000002\n"
        + "000000000003 0000000000000000000000000000000000000000000000000000000000000003\n");
    assertThat(file.getFileName().toString()).matches("manifest-[0-9a-f]{12}\\.txt");
    assertThat(SlurmManifest.read(file)).isEqualTo(manifest);
    assertThat(manifest(4).fileName()).isNotEqualTo(manifest.fileName());
    assertThatThrownBy(() -> manifest.entry(3)).hasMessage("task index 3 is outside the manifest of 3 runs");
    Files.writeString(file, "abc\n");
    assertThatThrownBy(() -> SlurmManifest.read(file)).hasMessageEndingWith(
        ": expected 'RUN_ID CONFIG_SHA256', found 'abc'");
  }

  @Test
  void submissionsAreReadBackInOrder(@TempDir Path dir) {
    Submissions submissions = new Submissions(dir.resolve("slurm/jobs.tsv"));
    assertThat(submissions.read()).isEmpty();
    Submissions.Submission first = new Submissions.Submission("12", new ArrayChunk(0, 1001), "a.txt");
    Submissions.Submission second = new Submissions.Submission("13", new ArrayChunk(1001, 5), "a.txt");
    submissions.append(first);
    submissions.append(second);

    assertThat(submissions.read()).containsExactly(first, second);
  }
}
