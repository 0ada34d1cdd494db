package org.ganlab.core.data;

import java.util.Map;

/**
 * A deterministic source of training and held-out samples. Every batch is a pure function of the seed
 * the source was opened with and the batch index, so a resumed run draws exactly what an uninterrupted
 * one would, with no RNG state to save.
 */
public interface DataSource {

  /**
   * Returns the source's name as written in configs (e.g. {@code ring8}).
   *
   * @return the name
   */
  String name();

  /**
   * Returns the shape of one sample.
   *
   * @return {@code [2]} for 2-D mixtures, {@code [C, H, W]} for images
   */
  SampleShape shape();

  /**
   * Returns the number of classes.
   *
   * @return the number of labels, or 0 for unlabelled data
   */
  int numClasses();

  /**
   * Returns training batch number {@code index}. Finite sets walk through a seeded permutation that is
   * drawn anew per epoch; generated sets draw fresh samples from a seed derived from the index.
   *
   * @param index batch index (0, 1, 2, ...)
   * @param batchSize samples per batch
   * @return the batch
   */
  Batch trainBatch(long index, int batchSize);

  /**
   * Returns the first {@code n} held-out samples: the test split where the data has one, otherwise
   * samples drawn from a seed reserved for evaluation. They do not depend on the run seed: runs with
   * different seeds are measured against the same reference.
   *
   * @param n how many samples (a file-backed source may return fewer if it has fewer)
   * @return the held-out batch
   */
  Batch heldOut(int n);

  /**
   * Describes where the samples come from, for {@code provenance.json}: the source's name, then the
   * SHA-256 of every file it read or the parameters it generates samples from. All values are text.
   *
   * @return ordered description, e.g. {@code {source: ring8, modes: 8, layout: ..., std: 0.02}}
   */
  Map<String, String> provenance();
}
