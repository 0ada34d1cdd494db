package org.ganlab.experiments.sweep.slurm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.sweep.PlannedRun;
import org.ganlab.experiments.sweep.RunIds;

/**
 * The runs one submission trains, in array order: line {@code i} ({@code i = SLURM_ARRAY_TASK_ID +
 * offset}) holds the run's id and its config's SHA-256, separated by a space. Its file is named by a hash
 * of its text, so a later submission of other runs never rewrites the manifest that queued tasks still
 * read.
 *
 * @param entries one per run
 */
public record SlurmManifest(List<Entry> entries) {

  /**
   * One run of a manifest.
   *
   * @param runId the run's id (its directory's name)
   * @param configSha256 the hash the task checks the re-planned config against
   */
  public record Entry(String runId, String configSha256) {}

  /** Copies the list. */
  public SlurmManifest {
    entries = List.copyOf(entries);
  }

  /**
   * Lists runs to train.
   *
   * @param runs the runs, in the order their tasks get
   * @return their manifest
   */
  public static SlurmManifest of(List<PlannedRun> runs) {
    return new SlurmManifest(runs.stream().map(run -> new Entry(run.id(), run.configSha256())).toList());
  }

  /**
   * Reads a manifest file.
   *
   * @param file the file
   * @return its entries
   * @throws IllegalArgumentException when it cannot be read or a line is not {@code ID SHA256}
   */
  public static SlurmManifest read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the manifest " + file + ": " + e.getMessage());
    }
    return new SlurmManifest(lines.stream().map(line -> entry(file, line)).toList());
  }

  private static Entry entry(Path file, String line) {
    String[] fields = line.split(" ");
    if (fields.length != 2) {
      throw new IllegalArgumentException(file + ": expected 'RUN_ID CONFIG_SHA256', found '" + line + "'");
    }
    return new Entry(fields[0], fields[1]);
  }

  /**
   * Returns the entry an array task trains.
   *
   * @param index the task id plus its array's offset
   * @return the entry
   * @throws IllegalArgumentException when the index is outside the manifest
   */
  public Entry entry(int index) {
    if (index < 0 || index >= entries.size()) {
      throw new IllegalArgumentException("task index " + index + " is outside the manifest of "
          + entries.size() + " runs");
    }
    return entries.get(index);
  }

  /**
   * Renders the file's text.
   *
   * @return one {@code ID SHA256} line per run
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    entries.forEach(e -> text.append(e.runId()).append(' ').append(e.configSha256()).append('\n'));
    return text.toString();
  }

  /**
   * Returns the file's name, from a hash of its text.
   *
   * @return {@code manifest-<12 hex digits>.txt}
   */
  public String fileName() {
    return "manifest-" + RunIds.of(AtomicFiles.sha256(text().getBytes(StandardCharsets.UTF_8))) + ".txt";
  }

  /**
   * Writes the manifest, atomically, into a folder.
   *
   * @param folder the submission folder
   * @return the file written
   */
  public Path writeInto(Path folder) {
    Path file = folder.resolve(fileName());
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
    AtomicFiles.writeString(file, text());
    return file;
  }
}
