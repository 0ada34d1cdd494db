package org.ganlab.core.data;

import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigException;

/**
 * The unpaired two-domain view of a labelled source ({@code data.domain_a}, {@code data.domain_b}):
 * inputs are images of domain A's classes, targets images of domain B's classes, each drawn from its own
 * restricted copy of the source with independent randomness (e.g. Fashion-MNIST sneakers to ankle
 * boots). Nothing pairs an A image with a B image, so it is scored as sets, not pixel by pixel.
 */
public final class DomainPairSource implements TranslationSource {
  private final DataSource source;
  private final DataSource domainA;
  private final DataSource domainB;

  /**
   * Creates the view.
   *
   * @param source the labelled source
   * @param classesA classes of domain A
   * @param classesB classes of domain B
   * @throws ConfigException naming {@code data.domain_a} or {@code data.domain_b} for a class the
   *     source does not have
   */
  public DomainPairSource(ClassRestrictable source, List<Integer> classesA, List<Integer> classesB) {
    checkClasses("data.domain_a", classesA, source);
    checkClasses("data.domain_b", classesB, source);
    this.source = source;
    this.domainA = source.restrictedTo(classesA, SeedMix.DOMAIN_A);
    this.domainB = source.restrictedTo(classesB, SeedMix.DOMAIN_B);
  }

  private static void checkClasses(String field, List<Integer> classes, DataSource source) {
    for (int c : classes) {
      if (c >= source.numClasses()) {
        throw new ConfigException(field, field + " must hold classes in 0.." + (source.numClasses() - 1)
            + " of data.source " + source.name() + ", found " + c);
      }
    }
  }

  /** The underlying source's description: the domains are the config's {@code data.domain_a/b}. */
  @Override
  public Map<String, String> provenance() {
    return source.provenance();
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public SampleShape shape() {
    return domainB.shape();
  }

  @Override
  public SampleShape inputShape() {
    return domainA.shape();
  }

  @Override
  public int numClasses() {
    return source.numClasses();
  }

  @Override
  public Batch trainBatch(long index, int batchSize) {
    return domainB.trainBatch(index, batchSize);
  }

  @Override
  public Batch trainInputs(long index, int batchSize) {
    return domainA.trainBatch(index, batchSize);
  }

  @Override
  public Batch heldOut(int n) {
    return domainB.heldOut(n);
  }

  @Override
  public Batch heldOutInputs(int n) {
    return domainA.heldOut(n);
  }

  @Override
  public boolean paired() {
    return false;
  }
}
