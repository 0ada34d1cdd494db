package org.ganlab.experiments.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ganlab.core.engine.IsaLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch script's text, and its signal handling run for real by bash with a stand-in task and a
 * stand-in {@code scontrol} that records its arguments.
 */
class SlurmScriptTest {
  private static final SlurmOptions OPTIONS =
      new SlurmOptions("gpu,cpu", "02:00:00", "4G", null, 8, List.of("--account=lab"));

  @TempDir Path dir;

  @Test
  void theHeaderAsksForTheLogsTheSignalAndTheUsersOptions() {
    String text = new SlurmScript("ganlab-losses", Path.of("/shared/runs/losses/logs"), 2, OPTIONS,
        IsaLevel.AVX2.environment(), List.of("/opt/java/bin/java", "-cp", "/opt/it's/ganlab.jar")).text();

    assertThat(text).startsWith("#!/bin/bash\n"
        + "#SBATCH --job-name=ganlab-losses\n"
        + "#SBATCH --output=/shared/runs/losses/logs/%A_%a.log\n"
        + "#SBATCH --open-mode=append\n"
        + "#SBATCH --cpus-per-task=2\n"
        + "#SBATCH --signal=B:USR2@120\n"
        + "#SBATCH --requeue\n"
        + "#SBATCH --partition=gpu,cpu\n"
        + "#SBATCH --time=02:00:00\n"
        + "#SBATCH --mem=4G\n"
        + "#SBATCH --account=lab\n"
        + "# One task of a ganlab sweep");
    assertThat(text).contains("index=$(( SLURM_ARRAY_TASK_ID + ${1:-0} ))\n")
        .contains("export ATEN_CPU_CAPABILITY=avx2 MKL_CBWR=COMPATIBLE ONEDNN_MAX_CPU_ISA=AVX2\n")
        .contains("'/opt/java/bin/java' '-cp' '/opt/it'\\''s/ganlab.jar' --index \"$index\" &\n")
        .contains("  scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\"\n");
  }

  @Test
  void usr2StopsTheTaskWithSigtermAndRequeuesItsOwnArrayTask() throws Exception {
    Run run = start();

    signal(run.process, "USR2");

    assertThat(run.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(run.process.exitValue()).isEqualTo(143);
    assertThat(Files.readString(dir.resolve("task.out")))
        .isEqualTo("index=1003 isa=COMPATIBLE\nstopped by TERM\n");
    assertThat(Files.readString(dir.resolve("scontrol.args"))).isEqualTo("requeue 7_2\n");
    assertThat(Files.readString(dir.resolve("script.err")))
        .contains("ganlab: requeueing 7_2 to continue from its checkpoint");
  }

  @Test
  void sigtermIsPassedOnAndWaitedForWithoutARequeue() throws Exception {
    Run run = start();

    signal(run.process, "TERM");

    assertThat(run.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(run.process.exitValue()).isEqualTo(143);
    assertThat(Files.readString(dir.resolve("task.out"))).endsWith("stopped by TERM\n");
    assertThat(dir.resolve("scontrol.args")).doesNotExist();
  }

  private record Run(Process process) {}

  /** Starts the script as SLURM would start task 2 of array 7 submitted with offset 1001. */
  private Run start() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path scontrol = Files.writeString(bin.resolve("scontrol"),
        "#!/bin/sh\necho \"$@\" >> '" + dir.resolve("scontrol.args") + "'\n");
    Files.setPosixFilePermissions(scontrol, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path out = dir.resolve("task.out");
    String task = "echo \"index=$2 isa=$MKL_CBWR\" > '" + out + "'; "
        + "trap 'echo stopped by TERM >> \"" + out + "\"; exit 143' TERM; "
        + "while true; do sleep 0.1; done";
    String text = new SlurmScript("ganlab-test", dir.resolve("logs"), 1, OPTIONS,
        IsaLevel.AVX2.environment(), List.of("bash", "-c", task, "task")).text();
    Path script = Files.writeString(dir.resolve("job.sbatch"), text);
    ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "1001")
        .redirectError(dir.resolve("script.err").toFile());
    Map<String, String> env = builder.environment();
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.put("SLURM_ARRAY_JOB_ID", "7");
    env.put("SLURM_ARRAY_TASK_ID", "2");
    Process process = builder.start();
    for (int i = 0; i < 200 && !(Files.exists(out) && Files.readString(out).contains("isa=")); i++) {
      Thread.sleep(50);
    }
    assertThat(Files.readString(out)).startsWith("index=1003");
    return new Run(process);
  }

  private static void signal(Process process, String name) throws Exception {
    new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
  }
}
