package org.ganlab.experiments.sweep.slurm;

import java.util.List;
import java.util.regex.Pattern;
import org.ganlab.core.config.ConfigProblems;

/**
 * What {@code ganlab sweep --executor slurm} asks SLURM for, as given on the command line; an absent
 * value is null and leaves SLURM's default (or, for {@code cpusPerTask}, the runs' {@code runtime.threads}).
 *
 * @param partition {@code --partition}
 * @param time {@code --time}, in one of SLURM's forms ({@code MM}, {@code MM:SS}, {@code HH:MM:SS},
 *     {@code D-HH}, {@code D-HH:MM}, {@code D-HH:MM:SS})
 * @param mem {@code --mem}: a whole number with an optional unit K, M, G or T
 * @param cpusPerTask {@code --cpus-per-task}
 * @param arrayParallelism most array tasks running at once: the {@code %K} of {@code --array}
 * @param sbatchArgs further options copied into the script as {@code #SBATCH} lines
 */
public record SlurmOptions(String partition, String time, String mem, Integer cpusPerTask,
    Integer arrayParallelism, List<String> sbatchArgs) {
  private static final Pattern TIME = Pattern.compile(
      "\\d+|\\d+:\\d{1,2}|\\d+:\\d{1,2}:\\d{1,2}|\\d+-\\d{1,2}(:\\d{1,2}(:\\d{1,2})?)?");
  private static final Pattern MEM = Pattern.compile("\\d+[KMGT]?");
  private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.,-]+");
  private static final List<String> OWN_OPTIONS =
      List.of("--array", "-a", "--output", "-o", "--signal", "--open-mode");

  /** Copies the list. */
  public SlurmOptions {
    sbatchArgs = List.copyOf(sbatchArgs);
  }

  /**
   * Checks every option, recording each problem (the field is the option's name).
   *
   * @param problems receives one problem per bad option
   */
  public void check(ConfigProblems problems) {
    if (partition != null && !PARTITION.matcher(partition).matches()) {
      problems.add("--partition", "--partition must be a partition name (letters, digits, '_', '.', '-'"
          + " or a comma-separated list of them), found '" + partition + "'");
    }
    if (time != null && !TIME.matcher(time).matches()) {
      problems.add("--time", "--time must be a SLURM time limit such as 02:00:00 (HH:MM:SS), 90"
          + " (minutes) or 1-12:00:00 (D-HH:MM:SS), found '" + time + "'");
    }
    if (mem != null && !MEM.matcher(mem).matches()) {
      problems.add("--mem", "--mem must be a whole number with an optional unit K, M, G or T"
          + " (e.g. 4G), found '" + mem + "'");
    }
    if (cpusPerTask != null && cpusPerTask < 1) {
      problems.add("--cpus-per-task", "--cpus-per-task must be at least 1, found " + cpusPerTask);
    }
    if (arrayParallelism != null && arrayParallelism < 1) {
      problems.add("--array-parallelism", "--array-parallelism must be at least 1, found "
          + arrayParallelism);
    }
    for (String arg : sbatchArgs) {
      if (!arg.startsWith("-") || arg.contains("\n")) {
        problems.add("--sbatch-arg", "--sbatch-arg must be one sbatch option on one line, such as"
            + " --account=lab or --qos=short, found '" + arg + "'");
      } else if (OWN_OPTIONS.stream().anyMatch(arg::startsWith)) {
        problems.add("--sbatch-arg", "--sbatch-arg " + arg + " would replace a setting ganlab makes"
            + " itself (--array, --output, --signal, --open-mode); leave it out");
      }
    }
  }
}
