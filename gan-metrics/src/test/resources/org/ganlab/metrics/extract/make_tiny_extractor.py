"""Writes the tiny TorchScript fixtures of TorchscriptExtractorTest and their expected outputs.

Three modules with fixed weights from closed formulas (no random numbers):

- tiny_classifier.pt: input [N, 3, 32, 32] -> (features [N, 6], logits [N, 4]);
  conv 3x3 (3 -> 6, padding 1), ReLU, global average pool = features; linear 6 -> 4 = logits.
- tiny_features.pt: input [N, 1, 16, 16] -> features [N, 5];
  conv 3x3 (1 -> 5, padding 1), ReLU, global average pool.
- tiny_three_outputs.pt: input [N, C, H, W] -> a tuple of three tensors (an unsupported output).
- tiny_list_output.pt: input [N, C, H, W] -> [features, logits] as a List[Tensor]: the channel
  means [N, C] and twice them.
- tiny_training_mode.pt: input [N, C, H, W] -> the channel means [N, C], plus 1 while in training
  mode; saved in training mode, so the extractor must switch it to evaluation mode.

The expected outputs are computed here with ganlab's preprocessing written independently in torch:
x = (image + 1) / 2; F.interpolate(bilinear, align_corners=False, antialias=False) to input_size;
grey repeated to 3 channels or colour averaged to 1; (x - mean) / std per channel; all in float32.

- expected_classifier.csv: 3 grey 28x28 images through tiny_classifier.pt (upsampling 28 -> 32,
  grey -> 3 channels, ImageNet mean/std); columns image, feature_0..5, probability_0..3.
- expected_features.csv: 3 colour 20x24 images through tiny_features.pt (downsampling to 16x16,
  colour -> 1 channel by the channel mean, mean 0.5, std 0.25); columns image, feature_0..4.

Image values: ((37 n + 101 c + 13 h + 7 w + (h w) mod 11) mod 17) / 8 - 1, exact in float32
(n image, c channel, h row, w column); the Java test builds the same images.

The script re-runs itself with PYTHONHASHSEED=0: TorchScript writes a module's constants in set
order, so without a fixed hash seed every run would give files with different bytes (and SHA-256).
Regenerate with Debian's python3-torch (1.13.1) from this folder:

    /usr/bin/python3 make_tiny_extractor.py
"""

import csv
import os
import sys
from typing import List, Tuple

import torch
import torch.nn.functional as F


def formula_weights(shape: Tuple[int, ...], phase: float) -> torch.Tensor:
    """Deterministic weights 0.4 sin(2.3 i + phase), i the flat index."""
    count = 1
    for size in shape:
        count *= size
    index = torch.arange(count, dtype=torch.float64)
    return (0.4 * torch.sin(2.3 * index + phase)).reshape(shape).float()


class TinyClassifier(torch.nn.Module):
    """Conv + ReLU + global average pool (features) and a linear layer (logits)."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 6, 3, padding=1)
        self.fc = torch.nn.Linear(6, 4)
        with torch.no_grad():
            self.conv.weight.copy_(formula_weights((6, 3, 3, 3), 0.1))
            self.conv.bias.copy_(formula_weights((6,), 1.2))
            self.fc.weight.copy_(formula_weights((4, 6), 2.3) * 2)
            self.fc.bias.copy_(formula_weights((4,), 3.4))

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        features = torch.relu(self.conv(x)).mean(dim=(2, 3))
        return features, self.fc(features)


class TinyFeatures(torch.nn.Module):
    """Conv + ReLU + global average pool on one channel."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 5, 3, padding=1)
        with torch.no_grad():
            self.conv.weight.copy_(formula_weights((5, 1, 3, 3), 0.5) * 2)
            self.conv.bias.copy_(formula_weights((5,), 4.5))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.conv(x)).mean(dim=(2, 3))


class ThreeOutputs(torch.nn.Module):
    """Returns three tensors, which the extractor must refuse."""

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        pooled = x.mean(dim=(2, 3))
        return pooled, pooled, pooled


class ListOutput(torch.nn.Module):
    """Features and logits returned as a list rather than a tuple."""

    def forward(self, x: torch.Tensor) -> List[torch.Tensor]:
        pooled = x.mean(dim=(2, 3))
        return [pooled, 2 * pooled]


class TrainingFlag(torch.nn.Module):
    """Channel means, shifted by 1 in training mode (as dropout or batch norm would change them)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pooled = x.mean(dim=(2, 3))
        if self.training:
            return pooled + 1
        return pooled


def images(count: int, channels: int, height: int, width: int) -> torch.Tensor:
    """The test images, values k / 8 - 1 for k in 0..16."""
    n = torch.arange(count).view(count, 1, 1, 1)
    c = torch.arange(channels).view(1, channels, 1, 1)
    h = torch.arange(height).view(1, 1, height, 1)
    w = torch.arange(width).view(1, 1, 1, width)
    k = (37 * n + 101 * c + 13 * h + 7 * w + (h * w) % 11) % 17
    return k.float() / 8 - 1


def preprocess(x: torch.Tensor, size: int, channels: int, mean: List[float],
               std: List[float]) -> torch.Tensor:
    """ganlab's torchscript preprocessing, float32 throughout."""
    x = (x + 1) / 2
    x = F.interpolate(x, size=(size, size), mode="bilinear", align_corners=False, antialias=False)
    if x.shape[1] == 1 and channels == 3:
        x = x.repeat(1, 3, 1, 1)
    elif x.shape[1] == 3 and channels == 1:
        x = x.mean(dim=1, keepdim=True)
    m = torch.tensor(mean, dtype=torch.float32).view(1, -1, 1, 1)
    s = torch.tensor(std, dtype=torch.float32).view(1, -1, 1, 1)
    return (x - m) / s


def write_csv(name: str, header: List[str], rows: torch.Tensor) -> None:
    with open(name, "w", newline="", encoding="ascii") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["image"] + header)
        for i, row in enumerate(rows.tolist()):
            writer.writerow([i] + [repr(float(v)) for v in row])


def main() -> None:
    classifier = torch.jit.script(TinyClassifier().eval())
    features_only = torch.jit.script(TinyFeatures().eval())
    torch.jit.save(classifier, "tiny_classifier.pt")
    torch.jit.save(features_only, "tiny_features.pt")
    torch.jit.save(torch.jit.script(ThreeOutputs().eval()), "tiny_three_outputs.pt")
    torch.jit.save(torch.jit.script(ListOutput().eval()), "tiny_list_output.pt")
    torch.jit.save(torch.jit.script(TrainingFlag().train()), "tiny_training_mode.pt")

    with torch.no_grad():
        grey = preprocess(images(3, 1, 28, 28), 32, 3, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
        features, logits = classifier(grey)
        probabilities = torch.softmax(logits, dim=1)
        write_csv("expected_classifier.csv",
                  [f"feature_{i}" for i in range(6)] + [f"probability_{i}" for i in range(4)],
                  torch.cat([features, probabilities], dim=1))

        colour = preprocess(images(3, 3, 20, 24), 16, 1, [0.5], [0.25])
        write_csv("expected_features.csv", [f"feature_{i}" for i in range(5)],
                  features_only(colour))


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv,
                  dict(os.environ, PYTHONHASHSEED="0"))
    main()
