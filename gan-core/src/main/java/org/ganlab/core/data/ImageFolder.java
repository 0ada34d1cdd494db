package org.ganlab.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Loads an {@code image-folder} directory: {@code path/<class-name>/*.png|jpg|jpeg}, class folders
 * sorted by name giving labels 0..k-1; without sub-folders, the images directly under {@code path}
 * form an unlabelled set. Hidden entries (names starting with '.') are skipped. Files are sorted by
 * path; every 10th of them (positions 9, 19, 29, ...) is held out, the rest is training data.
 */
final class ImageFolder {
  private static final int HOLD_OUT_EVERY = 10;

  private ImageFolder() {}

  /**
   * Loads and decodes every image.
   *
   * @param root the folder
   * @param size output side S in pixels
   * @param channels 1 (grey) or 3 (RGB)
   * @return training and held-out images {@code [N, C, S, S]}, with the folder's file count and one
   *     SHA-256 over its sorted file names and contents
   */
  static SplitImages load(Path root, int size, int channels) {
    if (!Files.isDirectory(root)) {
      throw new DataException(root + ": image folder does not exist or is not a directory");
    }
    List<Path> classes = list(root, Files::isDirectory);
    List<Path> files = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    if (classes.isEmpty()) {
      files.addAll(list(root, ImageFolder::isImage));
    }
    for (int k = 0; k < classes.size(); k++) {
      List<Path> members = list(classes.get(k), ImageFolder::isImage);
      files.addAll(members);
      labels.addAll(Collections.nCopies(members.size(), k));
    }
    if (files.isEmpty()) {
      throw new DataException(root + ": image folder holds no .png, .jpg or .jpeg images");
    }
    ImageDecoder decoder = new ImageDecoder(size, channels);
    SampleShape shape = new SampleShape(channels, size, size);
    Map<String, String> origin = new LinkedHashMap<>();
    origin.put("path", root.toString());
    origin.put("files", Integer.toString(files.size()));
    origin.put("sha256", FileDigests.sha256(root, files));
    return new SplitImages(part(files, labels, decoder, shape, false),
        part(files, labels, decoder, shape, true), classes.size(), origin);
  }

  private static ByteImages part(List<Path> files, List<Integer> labels, ImageDecoder decoder,
      SampleShape shape, boolean heldOut) {
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if ((i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1) == heldOut) {
        chosen.add(i);
      }
    }
    byte[] pixels = new byte[chosen.size() * shape.size()];
    int[] partLabels = labels.isEmpty() ? null : new int[chosen.size()];
    for (int j = 0; j < chosen.size(); j++) {
      decoder.decode(files.get(chosen.get(j)), pixels, j * shape.size());
      if (partLabels != null) {
        partLabels[j] = labels.get(chosen.get(j));
      }
    }
    return new ByteImages(pixels, partLabels, shape);
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file)
        && (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"));
  }

  /** Skips hidden entries such as {@code .ipynb_checkpoints/} or macOS {@code ._x.png} files. */
  private static boolean visible(Path entry) {
    return !entry.getFileName().toString().startsWith(".");
  }

  private static List<Path> list(Path dir, Predicate<Path> keep) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(ImageFolder::visible).filter(keep).sorted().toList();
    } catch (IOException e) {
      throw new DataException(dir + ": cannot list directory (" + e.getMessage() + ")", e);
    }
  }
}
