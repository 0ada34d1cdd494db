package org.ganlab.cyclegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.loss.AdversarialLoss;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.PhaseContext;

/**
 * CycleGAN's generator loss, on which G_AB and G_BA train together, for a batch a of domain A (the
 * phase's inputs) and b of domain B (its targets):
 *
 * <ul>
 *   <li>{@code g_adv} = the configured loss's generator term on D_B(G_AB(a)) + the same on D_A(G_BA(b));
 *   <li>{@code g_cycle} = λ·(‖G_BA(G_AB(a)) − a‖₁ + ‖G_AB(G_BA(b)) − b‖₁);
 *   <li>{@code g_identity} = w·λ·(‖G_AB(b) − b‖₁ + ‖G_BA(a) − a‖₁), 0 (and not computed) when w = 0;
 *   <li>{@code g_loss}, their sum, the total.
 * </ul>
 *
 * <p>‖·‖₁ is the mean absolute difference per pixel on the [-1, 1] scale (PyTorch's {@code L1Loss}), λ is
 * {@code model.cycle_weight} and w {@code model.identity_weight} (both kept in libtorch memory, see
 * {@link NativeArrays#scalar}). The core least-squares loss gives G
 * ½·mean((D − 1)²), half the paper's MSE, so relative to the paper its adversarial term counts half.
 */
final class CycleLoss implements Function<PhaseContext, LossTerms> {
  /** The terms, in order. */
  static final List<String> TERMS = List.of("g_adv", "g_cycle", "g_identity", LossTerms.G_LOSS);

  private final CycleGan models;
  private final AdversarialLoss loss;
  private final float cycleWeight;
  private final float identityWeight;

  CycleLoss(CycleGan models, AdversarialLoss loss, CycleGanOptions options) {
    this.models = models;
    this.loss = loss;
    this.cycleWeight = (float) options.cycleWeight();
    this.identityWeight = (float) (options.identityWeight() * options.cycleWeight());
  }

  @Override
  public LossTerms apply(PhaseContext phase) {
    NDArray a = phase.input();
    NDArray b = phase.real();
    NDArray fakeB = models.run(CycleGan.GENERATOR_AB, a, true);
    NDArray fakeA = models.run(CycleGan.GENERATOR_BA, b, true);
    NDArray adversarial = loss.generator(models.run(CycleGan.DISCRIMINATOR_B, fakeB, true))
        .add(loss.generator(models.run(CycleGan.DISCRIMINATOR_A, fakeA, true)));
    NDArray cycle = l1(models.run(CycleGan.GENERATOR_BA, fakeB, true), a)
        .add(l1(models.run(CycleGan.GENERATOR_AB, fakeA, true), b))
        .mul(NativeArrays.scalar(a, cycleWeight));
    NDArray identity = identityWeight == 0 ? phase.manager().zeros(new Shape())
        : l1(models.run(CycleGan.GENERATOR_AB, b, true), b)
            .add(l1(models.run(CycleGan.GENERATOR_BA, a, true), a))
            .mul(NativeArrays.scalar(a, identityWeight));
    Map<String, NDArray> terms = new LinkedHashMap<>();
    terms.put(TERMS.get(0), adversarial);
    terms.put(TERMS.get(1), cycle);
    terms.put(TERMS.get(2), identity);
    terms.put(LossTerms.G_LOSS, adversarial.add(cycle).add(identity));
    return new LossTerms(terms, LossTerms.G_LOSS);
  }

  private static NDArray l1(NDArray x, NDArray y) {
    return x.sub(y).abs().mean();
  }
}
