package org.ganlab.core.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Where a run's numbers came from, written to {@code provenance.json}: enough to rebuild and re-check the
 * run (Tribuo's provenance idea). Built from the objects that configured the run, never by hand.
 *
 * @param schemaVersion version of this file's layout
 * @param ganlabVersion ganlab's version
 * @param gitCommit the commit ganlab was built from, or {@code unknown}
 * @param numericsVersion version of ganlab's arithmetic: raised whenever a change alters the numbers a
 *     config and seed give (see {@code ProvenanceFactory.NUMERICS_VERSION}); absent in older runs
 * @param configSha256 SHA-256 of the resolved config's canonical JSON
 * @param seed the run seed
 * @param seedDerivation how every other seed follows from it
 * @param variant the variant's name
 * @param data what the data source says about itself: its name, path, the SHA-256 of the files it read
 *     or the parameters it generates samples from
 * @param java Java version and vendor
 * @param djl DJL version
 * @param engine engine name and version
 * @param os operating system and architecture
 * @param cpu processor model and logical cores
 * @param cpuFlags the processor's numeric instruction-set flags ({@code avx*}, {@code amx*},
 *     {@code fma}) from {@code /proc/cpuinfo}
 * @param threads intra-op threads the run used
 * @param isa the instruction-set level the run was pinned to ({@code runtime.isa})
 * @param isaEnvironment the libraries' switches in effect ({@code MKL_CBWR}, {@code ONEDNN_MAX_CPU_ISA},
 *     {@code ATEN_CPU_CAPABILITY}), unset ones left out
 * @param device the device it ran on
 * @param startedAt ISO-8601 start time (informational)
 * @param endedAt ISO-8601 end time, or null while running
 * @param status running, done, diverged or failed
 * @param reason why it diverged or failed; empty otherwise
 * @param completedSteps steps completed
 * @param resumedFrom step of the checkpoint this session resumed from (0 for a fresh start)
 */
@JsonPropertyOrder({"schema_version", "ganlab_version", "git_commit", "numerics_version",
    "config_sha256", "seed",
    "seed_derivation", "variant", "data", "java", "djl", "engine", "os", "cpu", "cpu_flags", "threads",
    "isa", "isa_environment", "device", "started_at", "ended_at", "status", "reason", "completed_steps",
    "resumed_from"})
public record Provenance(
    @JsonProperty("schema_version") int schemaVersion,
    @JsonProperty("ganlab_version") String ganlabVersion,
    @JsonProperty("git_commit") String gitCommit,
    @JsonProperty("numerics_version") int numericsVersion,
    @JsonProperty("config_sha256") String configSha256,
    long seed,
    @JsonProperty("seed_derivation") String seedDerivation,
    String variant,
    Map<String, String> data,
    String java,
    String djl,
    String engine,
    String os,
    String cpu,
    @JsonProperty("cpu_flags") List<String> cpuFlags,
    int threads,
    String isa,
    @JsonProperty("isa_environment") Map<String, String> isaEnvironment,
    String device,
    @JsonProperty("started_at") String startedAt,
    @JsonProperty("ended_at") String endedAt,
    String status,
    String reason,
    @JsonProperty("completed_steps") long completedSteps,
    @JsonProperty("resumed_from") long resumedFrom) {

  /**
   * Returns a copy that records the end of the run.
   *
   * @param endTime ISO-8601 end time
   * @param endStatus done, diverged or failed
   * @param why reason for diverged or failed
   * @param steps steps completed
   * @return the finished record
   */
  public Provenance finished(String endTime, String endStatus, String why, long steps) {
    return new Provenance(schemaVersion, ganlabVersion, gitCommit, numericsVersion, configSha256, seed, seedDerivation,
        variant, data, java, djl, engine, os, cpu, cpuFlags, threads, isa, isaEnvironment, device,
        startedAt, endTime, endStatus, why, steps, resumedFrom);
  }
}
