package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigProblems;
import org.ganlab.core.train.StopRequest;
import org.ganlab.core.train.VariantRegistry;
import org.ganlab.experiments.sweep.BarProgress;
import org.ganlab.experiments.sweep.ChildJvmWorker;
import org.ganlab.experiments.sweep.InvalidSweepException;
import org.ganlab.experiments.sweep.LineProgress;
import org.ganlab.experiments.sweep.PlanTable;
import org.ganlab.experiments.sweep.PlanWriter;
import org.ganlab.experiments.sweep.PlannedRun;
import org.ganlab.experiments.sweep.RunInspector;
import org.ganlab.experiments.sweep.RunRecord;
import org.ganlab.experiments.sweep.RunWorker;
import org.ganlab.experiments.sweep.RunState;
import org.ganlab.experiments.sweep.SweepFile;
import org.ganlab.experiments.sweep.SweepLock;
import org.ganlab.experiments.sweep.SweepPlan;
import org.ganlab.experiments.sweep.SweepPlanner;
import org.ganlab.experiments.sweep.SweepPoint;
import org.ganlab.experiments.sweep.SweepProgress;
import org.ganlab.experiments.sweep.SweepRunner;
import org.ganlab.experiments.sweep.SweepSummary;
import org.ganlab.experiments.sweep.slurm.ClusterCommands;
import org.ganlab.experiments.sweep.slurm.SlurmCluster;
import org.ganlab.experiments.sweep.slurm.SlurmOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganlab sweep CONFIG}: trains every run of a sweep file, N at a time, resumably. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {
        "Train every run of a sweep: a config file with a sweep: section, e.g.",
        "  sweep:",
        "    grid: {loss.type: [hinge, minimax], training.lr_g: [1e-4, 2e-4]}",
        "    seeds: [1, 2]",
        "    include: [{model.variant: dcgan, data.source: shapes}]",
        "    exclude: [{loss.type: minimax, training.lr_g: 1e-4}]",
        "grid: dotted keys to value lists (cartesian product); include: extra points merged onto the"
            + " base config; exclude: drops grid points matching all its keys; seeds: every point is"
            + " trained with each seed. Every point is resolved and checked before anything runs.",
        "Files: OUT/<name>/sweep.yaml (the file as given), plan.json (runs, ids, varying keys),"
            + " runs/<run id>/ (an ordinary run directory; the id is a hash of the resolved config),"
            + " logs/<run id>.log (worker output), report/ (written when the sweep ends, see"
            + " ganlab report).",
        "A done or diverged run is never trained again. An interrupted or failed run is continued from"
            + " its checkpoint only with --resume (without it the sweep refuses to start, as train does);"
            + " results equal an uninterrupted sweep's.",
        "Each run trains in its own JVM with its config's runtime.threads; --jobs sets how many at once.",
        "SIGTERM (timeout, kill), SIGINT (Ctrl-C) or SIGHUP (a closed terminal) stops the sweep: no"
            + " further run starts, each running run stops after its step in progress (and the"
            + " evaluation due at it) with a checkpoint of that step and is left partial, one line says"
            + " so, and --resume continues every run to the numbers of an uninterrupted sweep. A second"
            + " signal while stopping kills the running runs at once (they keep their last checkpoint)"
            + " and exits.",
        "--executor slurm plans and checks the sweep the same way, then writes slurm/manifest-*.txt"
            + " (the runs neither done, diverged nor already queued), slurm/job.sbatch and logs/, and"
            + " submits one sbatch --array (several when the runs outnumber the cluster's"
            + " MaxArraySize) whose tasks each train one run, resuming, into this sweep directory; it"
            + " prints the job id and returns. The directory must be on a filesystem the nodes share,"
            + " and this java and jar must be reachable there. Submitting again submits only the runs"
            + " not done. With --dry-run it prints the script and writes nothing. The task that"
            + " finishes last writes the report; ganlab report SWEEP_DIR writes it too.",
        "Exit codes: 0 every run done (slurm: submitted), 1 a run diverged or failed, 2 bad input, 143"
            + " stopped by SIGTERM, 130 by SIGINT, 129 by SIGHUP."})
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Where a sweep's runs are trained. */
  enum Executor { local, slurm }

  @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG",
      description = "Sweep file (.yaml, .yml or .json).")
  Path config;

  @Option(names = "--executor", paramLabel = "E", defaultValue = "local",
      description = "local (default): train here, --jobs at a time; slurm: submit the runs not done"
          + " as one SLURM job array (see the SLURM options) and return.")
  Executor executor;

  @Option(names = "--status", paramLabel = "SWEEP_DIR",
      description = "Show every run's state (done, diverged, failed with its reason, running, pending,"
          + " partial, new) from the run directories and, when available, squeue and sacct.")
  Path status;

  @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (slurm executor).")
  String partition;

  @Option(names = "--time", paramLabel = "HH:MM:SS",
      description = "SLURM time limit of each task (slurm executor); 120 s before it the run"
          + " checkpoints and its task requeues itself.")
  String time;

  @Option(names = "--mem", paramLabel = "M", description = "SLURM memory per task, e.g. 4G (slurm executor).")
  String mem;

  @Option(names = "--cpus-per-task", paramLabel = "C",
      description = "CPUs per task (slurm executor; default: the largest runtime.threads of the runs).")
  Integer cpusPerTask;

  @Option(names = "--array-parallelism", paramLabel = "K",
      description = "Most tasks running at once, the %%K of sbatch --array (slurm executor).")
  Integer arrayParallelism;

  @Option(names = "--sbatch-arg", paramLabel = "ARG",
      description = "Another sbatch option for the script, e.g. --sbatch-arg=--account=lab (slurm"
          + " executor; repeatable).")
  List<String> sbatchArgs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs",
      description = "Parent directory of sweep directories (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Runs trained at once (default: the processors divided by the largest"
          + " runtime.threads of the runs, at least 1). It never changes a run's numbers.")
  Integer jobs;

  @Option(names = "--resume", description = "Continue interrupted or failed runs from their checkpoints.")
  boolean resume;

  @Option(names = "--dry-run", description = "Print the plan (runs, varying values, status); write nothing.")
  boolean dryRun;

  @Option(names = "--no-progress", description = "Print plain lines instead of progress bars.")
  boolean noProgress;

  @Override
  public Integer call() throws InterruptedException {
    if (status != null || executor == Executor.slurm) {
      return slurm();
    }
    if (config == null) {
      throw new IllegalArgumentException("give the sweep file CONFIG (or --status SWEEP_DIR)");
    }
    requireNoSlurmOptions();
    StopRequest stop = new StopRequest();
    ChildJvmWorker worker =
        new ChildJvmWorker(GanlabCli.class.getName(), List.of(SweepWorkerCommand.NAME), stop);
    try (StopSignals signals = StopSignals.exitOnRepeat(stop, worker::killChildren)) {
      return sweep(worker, stop, signals);
    }
  }

  private int sweep(ChildJvmWorker worker, StopRequest stop, StopSignals signals)
      throws InterruptedException {
    if (jobs != null && jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1, found " + jobs);
    }
    VariantRegistry variants = VariantRegistry.load();
    SweepPlan plan = new SweepPlanner(variants, new RunCheck(variants)).plan(SweepFile.read(config), out);
    int parallel = jobs != null ? jobs : defaultJobs(plan);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    noteMergedPoints(plan, err);
    if (dryRun) {
      PlanTable.render(plan, inspect(plan)).forEach(stdout::println);
      stdout.flush();
      return 0;
    }
    SweepLock lock = SweepLock.acquire(plan.layout());
    Map<PlannedRun, RunRecord> after;
    try {
      after = train(plan, parallel, worker, stop, err);
    } finally {
      lock.close();
    }
    if (stop.requested()) {
      err.println(SweepSummary.stopped(plan, after, stop.cause()));
      err.flush();
      return signals.exitCode().orElseThrow();
    }
    SweepSummary.describe(plan, after).forEach(stdout::println);
    stdout.flush();
    ReportCommand.writeAfterSweep(plan.layout().root(), stdout, err);
    return after.values().stream().allMatch(r -> r.state() == RunState.DONE) ? 0 : 1;
  }

  private int slurm() {
    SlurmExecutor slurm = new SlurmExecutor(new SlurmCluster(ClusterCommands.processes()),
        spec.commandLine().getOut(), spec.commandLine().getErr());
    if (status != null) {
      if (config != null || executor == Executor.slurm) {
        throw new IllegalArgumentException("--status takes a sweep directory alone; give either"
            + " --status SWEEP_DIR or CONFIG");
      }
      return slurm.status(status);
    }
    ConfigProblems problems = new ConfigProblems();
    if (config == null) {
      problems.add("CONFIG", "--executor slurm needs the sweep file CONFIG");
    }
    if (jobs != null) {
      problems.add("--jobs", "--jobs applies to the local executor; with --executor slurm use"
          + " --array-parallelism K (most tasks running at once)");
    }
    SlurmOptions options = slurmOptions();
    options.check(problems);
    SweepPlan plan = null;
    if (config != null) {
      try {
        VariantRegistry variants = VariantRegistry.load();
        plan = new SweepPlanner(variants, new RunCheck(variants)).plan(SweepFile.read(config), out);
      } catch (ConfigException e) {
        problems.add(e);
      } catch (InvalidSweepException e) {
        problems.add("sweep", e.getMessage());
      }
    }
    problems.throwIfAny();
    noteMergedPoints(plan, spec.commandLine().getErr());
    return slurm.submit(plan, options, dryRun);
  }

  private SlurmOptions slurmOptions() {
    return new SlurmOptions(partition, time, mem, cpusPerTask, arrayParallelism, sbatchArgs);
  }

  private void requireNoSlurmOptions() {
    SlurmOptions given = slurmOptions();
    if (!given.equals(new SlurmOptions(null, null, null, null, null, List.of()))) {
      throw new IllegalArgumentException("--partition, --time, --mem, --cpus-per-task,"
          + " --array-parallelism and --sbatch-arg apply to --executor slurm only");
    }
  }

  private static int defaultJobs(SweepPlan plan) {
    int threads = plan.runs().stream().mapToInt(run -> run.config().runtime().threads()).max().orElse(1);
    return Math.max(1, Runtime.getRuntime().availableProcessors() / threads);
  }

  private Map<PlannedRun, RunRecord> train(SweepPlan plan, int jobs, RunWorker worker, StopRequest stop,
      PrintWriter err) throws InterruptedException {
    Map<PlannedRun, RunRecord> before = inspect(plan);
    if (!resume) {
      refuseUnfinished(plan, before);
    }
    warnAboutThreads(before, jobs, err);
    PlanWriter.write(plan);
    try (SweepProgress progress = progress(plan, before, err)) {
      return new SweepRunner(plan.layout(), worker, jobs, progress, stop).run(plan.runs());
    }
  }

  private static Map<PlannedRun, RunRecord> inspect(SweepPlan plan) {
    Map<PlannedRun, RunRecord> records = new LinkedHashMap<>();
    plan.runs().forEach(run -> records.put(run, RunInspector.inspect(run.directory())));
    return records;
  }

  private static void noteMergedPoints(SweepPlan plan, PrintWriter err) {
    for (PlannedRun run : plan.runs()) {
      if (run.points().size() > 1) {
        err.println("note: " + run.points().size() + " points resolve to the same config and are trained"
            + " once as " + run.id() + ": " + run.points().stream().map(SweepPoint::describe)
            .collect(Collectors.joining("; ")));
      }
    }
    err.flush();
  }

  private static void refuseUnfinished(SweepPlan plan, Map<PlannedRun, RunRecord> records) {
    List<String> unfinished = records.entrySet().stream()
        .filter(e -> e.getValue().state() == RunState.PARTIAL || e.getValue().state() == RunState.FAILED)
        .map(e -> e.getKey().id() + " (" + e.getValue().state().label() + ")").toList();
    if (!unfinished.isEmpty()) {
      throw new IllegalArgumentException("sweep directory " + plan.layout().root() + " holds "
          + unfinished.size() + " unfinished runs: " + String.join(", ", unfinished)
          + "; use --resume to continue them from their checkpoints");
    }
  }

  private static void warnAboutThreads(Map<PlannedRun, RunRecord> records, int jobs,
      PrintWriter err) {
    List<PlannedRun> toTrain = records.entrySet().stream()
        .filter(e -> !e.getValue().state().finished()).map(Map.Entry::getKey).toList();
    int parallel = Math.min(jobs, toTrain.size());
    int threads = toTrain.stream().mapToInt(run -> run.config().runtime().threads()).max().orElse(1);
    int processors = Runtime.getRuntime().availableProcessors();
    if (parallel * threads > processors) {
      err.println("warning: --jobs " + jobs + " x runtime.threads " + threads + " = " + parallel * threads
          + " threads on " + processors + " processors; runs will share cores (slower, same numbers)");
      err.flush();
    }
  }

  private SweepProgress progress(SweepPlan plan, Map<PlannedRun, RunRecord> before, PrintWriter err) {
    int finished = (int) before.values().stream().filter(r -> r.state().finished()).count();
    if (!noProgress && System.console() != null) {
      return new BarProgress(System.err, plan.runs().size(), finished, jobs);
    }
    return new LineProgress(err, plan.runs().size(), finished);
  }
}
