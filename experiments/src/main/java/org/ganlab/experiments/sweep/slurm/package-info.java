/**
 * Sweeps on a SLURM cluster: one job array per sweep whose tasks each train one run into the shared sweep
 * directory ({@link org.ganlab.experiments.sweep.slurm.SlurmSubmission}), the files that describe a
 * submission ({@link org.ganlab.experiments.sweep.slurm.SlurmManifest},
 * {@link org.ganlab.experiments.sweep.slurm.SlurmScript},
 * {@link org.ganlab.experiments.sweep.slurm.Submissions}), and how every run stands from its directory
 * and SLURM's queue and accounting ({@link org.ganlab.experiments.sweep.slurm.SweepStatus}).
 */
package org.ganlab.experiments.sweep.slurm;
