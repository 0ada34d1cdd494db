package org.ganlab.experiments.sweep.slurm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text SLURM's commands print: {@code scontrol show config}'s {@code MaxArraySize},
 * {@code squeue -h -r -o '%i|%T|%r'} and {@code sacct -n -P -X -o JobID,State,ExitCode,Reason}. Array
 * tasks are keyed {@code JOBID_TASKID}; a line for a range of pending tasks ({@code 12_[3-5,7%2]}) counts
 * for each task in it.
 */
public final class SlurmOutput {
  /** The {@code squeue} arguments, before {@code -u USER}, whose output {@link #squeue} reads. */
  public static final List<String> SQUEUE = List.of("squeue", "-h", "-r", "-o", "%i|%T|%r");
  /** The {@code sacct} arguments, before {@code -j JOBS}, whose output {@link #sacct} reads. */
  public static final List<String> SACCT =
      List.of("sacct", "-n", "-P", "-X", "-o", "JobID,State,ExitCode,Reason");

  private static final Pattern MAX_ARRAY_SIZE =
      Pattern.compile("(?m)^\\s*MaxArraySize\\s*=\\s*(\\d+)\\s*$");
  private static final Pattern RANGE = Pattern.compile("(\\d+)_\\[([0-9,\\-]+)(%\\d+)?]");

  private SlurmOutput() {}

  /**
   * Reads the cluster's largest array size.
   *
   * @param showConfig the output of {@code scontrol show config}
   * @return {@code MaxArraySize}, or empty when the text does not say
   */
  public static OptionalInt maxArraySize(String showConfig) {
    Matcher m = MAX_ARRAY_SIZE.matcher(showConfig);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * Reads {@code squeue}'s lines.
   *
   * @param text lines of {@code JOBID|STATE|REASON}
   * @return each task's state, by {@code JOBID_TASKID} (or the job id of a job that is no array)
   */
  public static Map<String, TaskState> squeue(String text) {
    Map<String, TaskState> tasks = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\|", -1);
      if (f.length >= 3) {
        TaskState state = new TaskState(f[1].trim(), "", reason(f[2]));
        expand(f[0].trim()).forEach(task -> tasks.put(task, state));
      }
    }
    return tasks;
  }

  /**
   * Reads {@code sacct}'s lines; {@code CANCELLED by 1000} counts as {@code CANCELLED}.
   *
   * @param text lines of {@code JOBID|STATE|EXITCODE|REASON}
   * @return each task's state, by {@code JOBID_TASKID}; a later line for a task wins
   */
  public static Map<String, TaskState> sacct(String text) {
    Map<String, TaskState> tasks = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\|", -1);
      if (f.length >= 4 && !f[0].contains(".")) {
        String state = f[1].trim().split(" ")[0];
        TaskState task = new TaskState(state, f[2].trim(), reason(f[3]));
        expand(f[0].trim()).forEach(id -> tasks.put(id, task));
      }
    }
    return tasks;
  }

  private static String reason(String reason) {
    String trimmed = reason.trim();
    return trimmed.equals("None") || trimmed.equals("(null)") ? "" : trimmed;
  }

  private static List<String> expand(String jobId) {
    Matcher m = RANGE.matcher(jobId);
    if (!m.matches()) {
      return List.of(jobId);
    }
    List<String> ids = new ArrayList<>();
    for (String part : m.group(2).split(",")) {
      String[] bounds = part.split("-");
      int from = Integer.parseInt(bounds[0]);
      int to = Integer.parseInt(bounds[bounds.length - 1]);
      for (int task = from; task <= to; task++) {
        ids.add(m.group(1) + "_" + task);
      }
    }
    return ids;
  }
}
