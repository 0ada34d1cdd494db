"""Writes input_grad.pt.b64, the TorchScript module behind org.ganlab.core.autograd.InputGradient.

The module returns d(sum(y))/dx via torch.autograd.grad with create_graph=True: the gradient stays
differentiable and, unlike a backward pass, nothing is written into any tensor's .grad. DJL's JNI has
no autograd.grad; running this scripted module is how ganlab reaches it.

The file is base64 text because gan-core filters its resources (a binary .pt would be corrupted).
Regenerate with Debian's python3-torch (1.13.1) from this folder:

    /usr/bin/python3 make_input_grad.py
"""

import base64
import io
from typing import List, Optional

import torch


class InputGradient(torch.nn.Module):
    """forward(y, x) = d(sum(y))/dx, attached to the graph (create_graph=True)."""

    def forward(self, y: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        grads: List[Optional[torch.Tensor]] = torch.autograd.grad(
            [y.sum()], [x], create_graph=True
        )
        grad = grads[0]
        if grad is None:
            raise RuntimeError("the output does not depend on the input")
        return grad


def main() -> None:
    module = torch.jit.script(InputGradient())
    buffer = io.BytesIO()
    torch.jit.save(module, buffer)
    encoded = base64.encodebytes(buffer.getvalue()).decode("ascii")
    with open("input_grad.pt.b64", "w", encoding="ascii") as out:
        out.write(encoded)


if __name__ == "__main__":
    main()
