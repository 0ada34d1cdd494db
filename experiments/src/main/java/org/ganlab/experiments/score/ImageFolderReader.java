package org.ganlab.experiments.score;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganlab.core.data.SampleShape;

/**
 * Reads a folder of PNG/JPEG images (files ending {@code .png}, {@code .jpg} or {@code .jpeg}, any case,
 * directly in the folder, in file-name order; other files and sub-folders are ignored) with
 * {@code javax.imageio}. All images must have the same width and height; they are not resized (the
 * extractor resizes to its input size). When every image is greyscale the set has 1 channel, read
 * from the raster without colour conversion; otherwise 3 channels (sRGB, 8 bits, alpha dropped) with
 * grey images repeated into each channel. Values are divided by the largest sample value (255 for
 * 8-bit images) to lie in [0, 1].
 */
final class ImageFolderReader {

  private ImageFolderReader() {}

  /**
   * Reads the images of a folder.
   *
   * @param folder the folder
   * @param option the option that named it, for messages
   * @return the images with the input's record (format {@code image-folder}, SHA-256 over the image
   *     files read)
   * @throws IllegalArgumentException when the folder holds no images, one cannot be decoded, or their
   *     sizes differ
   */
  static Loaded<ImageSet> read(Path folder, String option) {
    List<Path> files = imageFiles(folder, option);
    List<BufferedImage> images = new ArrayList<>();
    for (Path file : files) {
      images.add(decode(file, option));
    }
    int width = images.get(0).getWidth();
    int height = images.get(0).getHeight();
    boolean grey = true;
    for (int i = 0; i < images.size(); i++) {
      BufferedImage image = images.get(i);
      if (image.getWidth() != width || image.getHeight() != height) {
        throw new IllegalArgumentException(option + " " + files.get(i) + ": is " + image.getWidth()
            + "x" + image.getHeight() + " but " + files.get(0).getFileName() + " is " + width + "x"
            + height + "; all images of a folder must have the same size");
      }
      grey &= isGrey(image);
    }
    int channels = grey ? 1 : 3;
    double[] values = new double[images.size() * channels * height * width];
    for (int i = 0; i < images.size(); i++) {
      copy(images.get(i), channels, values, i * channels * height * width);
    }
    ImageSet set = new ImageSet(values, images.size(), new SampleShape(channels, height, width));
    return new Loaded<>(set, new InputRecord(folder.toString(), "image-folder",
        List.of(images.size(), channels, height, width), InputFiles.sha256(files)));
  }

  private static List<Path> imageFiles(Path folder, String option) {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> files = entries.filter(Files::isRegularFile)
          .filter(ImageFolderReader::hasImageSuffix)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException(option + " " + folder
            + ": holds no .png, .jpg or .jpeg files");
      }
      return files;
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + folder + ": cannot list (" + e.getMessage()
          + ")", e);
    }
  }

  private static boolean hasImageSuffix(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
  }

  private static BufferedImage decode(Path file, String option) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IllegalArgumentException(option + " " + file + ": not an image ImageIO can decode");
      }
      return image;
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + file + ": unreadable image ("
          + e.getMessage() + ")", e);
    }
  }

  private static boolean isGrey(BufferedImage image) {
    return !(image.getColorModel() instanceof IndexColorModel)
        && image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
  }

  private static void copy(BufferedImage image, int channels, double[] out, int offset) {
    int width = image.getWidth();
    int plane = width * image.getHeight();
    boolean grey = isGrey(image);
    double max = grey ? (1 << image.getColorModel().getComponentSize(0)) - 1 : 255;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < width; x++) {
        int p = offset + y * width + x;
        if (grey) {
          double v = image.getRaster().getSample(x, y, 0) / max;
          for (int c = 0; c < channels; c++) {
            out[p + c * plane] = v;
          }
        } else {
          int rgb = image.getRGB(x, y);
          out[p] = ((rgb >> 16) & 0xFF) / max;
          out[p + plane] = ((rgb >> 8) & 0xFF) / max;
          out[p + 2 * plane] = (rgb & 0xFF) / max;
        }
      }
    }
  }
}
