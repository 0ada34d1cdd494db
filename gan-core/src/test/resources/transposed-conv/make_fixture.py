#!/usr/bin/python3
"""Writes conv_transpose2d.json: PyTorch's transposed convolution and its gradients, the known answers
of gan-core's TransposedConv2dTest.

For every case it records seeded input x [N, in, H, W], weight [in, out, k, k], bias [out] and
upstream gradient g, the output of torch.nn.functional.conv_transpose2d and the gradients of
sum(out * g) with respect to x, weight and bias, all as float32 printed with 9 significant digits.

Run with Debian's python3-torch (apt-get install -y python3-torch libopenblas0-pthread):
    /usr/bin/python3 make_fixture.py > conv_transpose2d.json
"""
import json
import sys

import torch

CASES = [
    # (kernel, stride, padding, output_padding)
    (3, 1, 0, 0), (3, 1, 1, 0), (4, 1, 0, 0), (4, 1, 1, 0),
    (3, 2, 0, 0), (3, 2, 1, 0), (4, 2, 0, 0), (4, 2, 1, 0),
    (3, 2, 1, 1), (4, 2, 1, 1),
]
BATCH, IN, OUT, HEIGHT, WIDTH = 2, 3, 2, 4, 5


def values(t):
    return [float("%.9g" % v) for v in t.detach().reshape(-1).tolist()]


def case(index, kernel, stride, padding, output_padding):
    torch.manual_seed(1000 + index)
    x = torch.randn(BATCH, IN, HEIGHT, WIDTH, requires_grad=True)
    w = torch.randn(IN, OUT, kernel, kernel, requires_grad=True)
    b = torch.randn(OUT, requires_grad=True)
    out = torch.nn.functional.conv_transpose2d(
        x, w, b, stride=stride, padding=padding, output_padding=output_padding)
    g = torch.randn(out.shape)
    (out * g).sum().backward()
    return {
        "kernel": kernel, "stride": stride, "padding": padding, "output_padding": output_padding,
        "input_shape": list(x.shape), "output_shape": list(out.shape),
        "x": values(x), "weight": values(w), "bias": values(b), "g": values(g),
        "out": values(out), "grad_x": values(x.grad), "grad_weight": values(w.grad),
        "grad_bias": values(b.grad),
    }


def main():
    torch.set_num_threads(1)
    cases = [case(i, *c) for i, c in enumerate(CASES)]
    json.dump({"torch": torch.__version__, "cases": cases}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
