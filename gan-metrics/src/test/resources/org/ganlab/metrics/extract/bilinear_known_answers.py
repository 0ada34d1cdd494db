"""Prints the known answers of BilinearResizeTest: PyTorch's bilinear resize (align_corners=False).

Run with Debian's python3-torch (1.13): /usr/bin/python3 bilinear_known_answers.py
"""
import torch
import torch.nn.functional as F

down = (torch.arange(16, dtype=torch.float32) ** 2 / 100 - 1).reshape(1, 1, 4, 4)
print("4x4 -> 3x3:", F.interpolate(down, size=(3, 3), mode="bilinear", align_corners=False).flatten().tolist())

up = torch.tensor([[0.0, 1.0, 0.0], [2.0, -1.0, 0.5], [0.25, 0.0, 1.0]]).reshape(1, 1, 3, 3)
print("3x3 -> 5x5:", F.interpolate(up, size=(5, 5), mode="bilinear", align_corners=False).flatten().tolist())
