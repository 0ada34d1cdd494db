package org.ganlab.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The low/high-resolution view of an image source for super-resolution: targets are the source's images,
 * and the input of each target is the same image bicubically downsampled by the scale factor
 * ({@link BicubicResize}), so training and held-out pairs are both exact.
 */
public final class LowResolutionView implements TranslationSource {
  private final DataSource source;
  private final SampleShape inputShape;

  /**
   * Creates the view.
   *
   * @param source an image source
   * @param scale the upscaling factor; it must divide the image height and width
   * @throws IllegalArgumentException for a non-image source or a scale that does not divide the size
   */
  public LowResolutionView(DataSource source, int scale) {
    int[] dims = source.shape().dims();
    if (!source.shape().isImage() || scale < 2 || dims[1] % scale != 0 || dims[2] % scale != 0) {
      throw new IllegalArgumentException("a low-resolution view needs images whose size the scale "
          + "divides, found " + source.shape() + " and scale " + scale);
    }
    this.source = source;
    this.inputShape = new SampleShape(dims[0], dims[1] / scale, dims[2] / scale);
  }

  @Override
  public Map<String, String> provenance() {
    Map<String, String> provenance = new LinkedHashMap<>(source.provenance());
    provenance.put("low_resolution", inputShape.toString());
    return provenance;
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public SampleShape shape() {
    return source.shape();
  }

  @Override
  public SampleShape inputShape() {
    return inputShape;
  }

  @Override
  public int numClasses() {
    return source.numClasses();
  }

  @Override
  public Batch trainBatch(long index, int batchSize) {
    return source.trainBatch(index, batchSize);
  }

  @Override
  public Batch trainInputs(long index, int batchSize) {
    return downsample(source.trainBatch(index, batchSize));
  }

  @Override
  public Batch heldOut(int n) {
    return source.heldOut(n);
  }

  @Override
  public Batch heldOutInputs(int n) {
    return downsample(source.heldOut(n));
  }

  @Override
  public boolean paired() {
    return true;
  }

  private Batch downsample(Batch images) {
    return BicubicResize.resize(images, inputShape.dims()[1], inputShape.dims()[2]);
  }
}
