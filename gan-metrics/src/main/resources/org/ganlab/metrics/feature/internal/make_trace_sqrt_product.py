"""Writes trace_sqrt_product.pt, the TorchScript module behind
org.ganlab.metrics.feature.internal.TraceOfSqrtProduct.

forward(sigma_a, sigma_b) returns Tr (Σa^½ Σb Σa^½)^½ for two symmetric positive semi-definite
float64 matrices [d, d], the trace term of the Fréchet distance. DJL's NDArray has no linear-algebra
operations; this module reaches libtorch's LAPACK. As LAPACK does, it reads only the lower triangles
of the symmetric matrices it is given (no symmetrisation pass: at d = 2048 each costs ~0.1 s).

Each covariance is factored as Σ = F Fᵀ. Its Cholesky factor L is tried first; the pivot share
p = min_k L_kk² / Σ_kk is the smallest fraction of a feature's variance that the features before it
do not explain (scale-free; a near-linear dependency among features shows up as a small p).
  - p > d·eps: Σ is numerically of full rank and F = L.
  - Cholesky failed, or p ≤ d·eps (fewer samples than dimensions, dead units, duplicated features, a
    Cholesky that succeeded through rounding alone): Σ is numerically singular. It is scaled to its
    correlation matrix C = D⁻¹ Σ D⁻¹ (D = √diag Σ, 1 where the variance is 0), C = V diag(λ) Vᵀ, and
    the eigenvalues λ ≤ d·eps·max λ, which rounding alone can produce, are dropped:
    F = D V_r diag(√λ_r), [d, r].
The eigenvalues of Σa^½ Σb Σa^½ are those of Faᵀ Σb Fa = Mᵀ M with M = Fbᵀ Fa, so the trace term is
the sum of the singular values of M (its nuclear norm).
  - Fast route, both pivot shares above 1e-6: the square roots of the eigenvalues of Mᵀ M (eigvalsh,
    clipped at 0), about twice as fast as singular values. Those eigenvalues carry errors of about
    eps·‖M‖², and a pivot share p lets them come down to about p·‖M‖², so each square root errs by
    about eps / (2p) relative to ‖M‖: at most about 1e-10 here.
  - Otherwise: the singular values of M ([r_b, r_a]), summed. They carry errors of about eps·‖M‖,
    without the square root that near-zero eigenvalues of Mᵀ M would take, so rank-deficient and
    near-collinear sets stay at distance 0 from themselves to rounding.

Regenerate with Debian's python3-torch (1.13.1) from this folder; libtorch 2.7.1 loads the file:

    /usr/bin/python3 make_trace_sqrt_product.py
"""

from typing import Tuple

import torch


def rank_tolerance(s: torch.Tensor) -> float:
    """d·eps for float64: the relative size below which rounding can create or erase variance."""
    eps = 2.220446049250313e-16
    return s.shape[0] * eps


def cholesky(s: torch.Tensor) -> Tuple[torch.Tensor, float]:
    """Lower Cholesky factor L of s and its pivot share min L_kk² / s_kk (-1 if Cholesky failed)."""
    factor, info = torch.linalg.cholesky_ex(s)
    if int(info.item()) != 0:
        return factor, -1.0
    return factor, float((factor.diagonal().square() / s.diagonal()).min().item())


def range_factor(s: torch.Tensor) -> torch.Tensor:
    """F [d, r] with F Fᵀ = s up to the dropped eigenvalues of its correlation matrix."""
    scale = s.diagonal().clamp(min=0.0).sqrt()
    scale = torch.where(scale > 0, scale, torch.ones_like(scale))
    correlation = s / scale.unsqueeze(1) / scale.unsqueeze(0)
    values, vectors = torch.linalg.eigh(correlation)
    kept = values > rank_tolerance(s) * values[-1]
    return scale.unsqueeze(1) * vectors[:, kept] * values[kept].sqrt()


class TraceSqrtProduct(torch.nn.Module):
    """forward(sigma_a [d, d], sigma_b [d, d]) = Tr (Σa^½ Σb Σa^½)^½, a float64 scalar."""

    def forward(self, sigma_a: torch.Tensor, sigma_b: torch.Tensor) -> torch.Tensor:
        fast_route_share = 1e-6
        factor_a, share_a = cholesky(sigma_a)
        factor_b, share_b = cholesky(sigma_b)
        if min(share_a, share_b) > fast_route_share:
            m = factor_b.transpose(0, 1) @ factor_a
            values = torch.linalg.eigvalsh(m.transpose(0, 1) @ m)
            return values.clamp(min=0.0).sqrt().sum()
        if share_a <= rank_tolerance(sigma_a):
            factor_a = range_factor(sigma_a)
        if share_b <= rank_tolerance(sigma_b):
            factor_b = range_factor(sigma_b)
        return torch.linalg.svdvals(factor_b.transpose(0, 1) @ factor_a).sum()


def main() -> None:
    torch.jit.save(torch.jit.script(TraceSqrtProduct()), "trace_sqrt_product.pt")


if __name__ == "__main__":
    main()
