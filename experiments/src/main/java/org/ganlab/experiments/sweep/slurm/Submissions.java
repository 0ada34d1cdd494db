package org.ganlab.experiments.sweep.slurm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The job arrays submitted for a sweep, oldest first, one tab-separated line each in
 * {@code slurm/jobs.tsv}: the array's job id, its offset into the manifest, its size and the manifest's
 * file name. {@code ganlab sweep --status} maps each run to its latest task through it.
 *
 * @param file {@code slurm/jobs.tsv}
 */
public record Submissions(Path file) {

  /**
   * One submitted array.
   *
   * @param jobId SLURM's job id of the array
   * @param chunk which manifest entries its tasks train
   * @param manifest the manifest's file name, in the same folder
   */
  public record Submission(String jobId, ArrayChunk chunk, String manifest) {

    /**
     * Returns the SLURM name of the task that trains a manifest entry.
     *
     * @param index the entry's index in the manifest
     * @return {@code JOBID_TASKID}, or empty when another array trains it
     */
    public Optional<String> task(int index) {
      int task = index - chunk.offset();
      return task >= 0 && task < chunk.size() ? Optional.of(jobId + "_" + task)
          : Optional.empty();
    }
  }

  /**
   * Records a submitted array.
   *
   * @param submission the array
   */
  public void append(Submission submission) {
    String line = submission.jobId() + "\t" + submission.chunk().offset() + "\t"
        + submission.chunk().size() + "\t" + submission.manifest() + "\n";
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the submission in " + file, e);
    }
  }

  /**
   * Reads every recorded array.
   *
   * @return the arrays, oldest first; none when nothing was submitted
   */
  public List<Submission> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Submission> submissions = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (fields.length == 4) {
          submissions.add(new Submission(fields[0], new ArrayChunk(Integer.parseInt(fields[1]),
              Integer.parseInt(fields[2])), fields[3]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + " is damaged: " + e.getMessage());
    }
    return submissions;
  }
}
