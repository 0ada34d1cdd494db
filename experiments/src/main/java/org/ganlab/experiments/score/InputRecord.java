package org.ganlab.experiments.score;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a score's protocol records about one input file or folder, so the numbers can be traced back to
 * exactly the data they were computed from.
 *
 * @param path the path as given on the command line
 * @param format how it was read: {@code csv}, {@code npy}, {@code idx}, {@code image-folder},
 *     {@code pixel-csv}, {@code pixel-npy} or {@code labels}
 * @param shape what was read: {@code [N, d]} for matrices, {@code [N, C, H, W]} for images, {@code [N]}
 *     for labels, {@code [C]} for a reference distribution
 * @param sha256 SHA-256 of the file, lower-case hex; for a folder, of the images read from it (see
 *     {@link InputFiles#sha256(List)})
 */
@JsonPropertyOrder({"path", "format", "shape", "sha256"})
record InputRecord(String path, String format, List<Integer> shape, String sha256) {

  /** Keeps an unmodifiable copy of the shape. */
  InputRecord {
    shape = List.copyOf(shape);
  }
}
