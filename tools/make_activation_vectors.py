#!/usr/bin/python3
"""
make_activation_vectors.py -- torch reference vectors for every PyTorch activation module that
cppn-weights-v1 names (tests/vectors/act-*.*), in the layout of make_vectors.py (see
tests/vectors/README.md): a 2-16x5-3 network of the article's kind (N(0, 1) weights, PyTorch-default
bias on the first layer only, drawn with numpy's PCG64), every hidden layer using the activation
module under test and the output layer Sigmoid; written to cppn-weights-v1 JSON, read back, and
rendered at 64x64 by torch in float32 (the reference) and in float64 (the "true" values).

Run with Debian's interpreter (python3-torch, python3-numpy):
    /usr/bin/python3 tools/make_activation_vectors.py --out-dir tests/vectors
"""
import argparse
import hashlib
import json
import os

import numpy as np
import torch
import torch.nn as nn

# stem -> (JSON fields of the activation, torch module factory)
CASES = {
    "act-relu": ({"activation": "ReLU"}, lambda: nn.ReLU()),
    "act-leakyrelu": ({"activation": "LeakyReLU", "negative_slope": 0.2}, lambda: nn.LeakyReLU(negative_slope=0.2)),
    "act-elu": ({"activation": "ELU", "alpha": 0.7}, lambda: nn.ELU(alpha=0.7)),
    "act-gelu": ({"activation": "GELU"}, lambda: nn.GELU()),
    "act-gelu-tanh": ({"activation": "GELU", "approximate": "tanh"}, lambda: nn.GELU(approximate="tanh")),
    "act-silu": ({"activation": "SiLU"}, lambda: nn.SiLU()),
    "act-softplus": ({"activation": "Softplus"}, lambda: nn.Softplus()),
}

SEED = 21
SIZE = 64
ZOOM = 2.0
DIMS = [2, 16, 16, 16, 16, 16, 3]


def f32_list(a):
    return [float(x) for x in np.asarray(a, dtype=np.float32).astype(np.float64).ravel()]


def draw(seed):
    rng = np.random.default_rng(seed)
    layers = []
    for i in range(len(DIMS) - 1):
        fi, fo = DIMS[i], DIMS[i + 1]
        w = rng.standard_normal((fo, fi)).astype(np.float32)
        b = None
        if i == 0:
            bound = 1.0 / np.sqrt(fi)
            b = rng.uniform(-bound, bound, fo).astype(np.float32)
        layers.append((w, b))
    return layers


def coords():
    idx = np.arange(SIZE, dtype=np.float64)
    c = ((idx / SIZE - 0.5) * ZOOM).astype(np.float32)
    xy = np.empty((SIZE, SIZE, 2), dtype=np.float32)
    xy[:, :, 0] = c[:, None]
    xy[:, :, 1] = c[None, :]
    return xy.reshape(SIZE * SIZE, 2)


def model(doc, make, dtype):
    mods = []
    n = len(doc["layers"])
    for k, L in enumerate(doc["layers"]):
        w = torch.tensor(np.asarray(L["weight"], dtype=np.float64).astype(np.float32))
        lin = nn.Linear(w.shape[1], w.shape[0], bias=L["bias"] is not None)
        with torch.no_grad():
            lin.weight.copy_(w)
            if L["bias"] is not None:
                lin.bias.copy_(torch.tensor(np.asarray(L["bias"], dtype=np.float64).astype(np.float32)))
        mods.append(lin)
        mods.append(nn.Sigmoid() if k == n - 1 else make())
    return nn.Sequential(*mods).to(dtype).eval()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out-dir", required=True)
    args = p.parse_args()
    torch.set_num_threads(1)
    os.makedirs(args.out_dir, exist_ok=True)
    for stem, (fields, make) in CASES.items():
        layers = draw(SEED)
        doc = {"format": "cppn-weights-v1", "zoom": ZOOM, "layers": []}
        for k, (w, b) in enumerate(layers):
            L = {"weight": [f32_list(row) for row in w], "bias": None if b is None else f32_list(b)}
            L.update(fields if k < len(layers) - 1 else {"activation": "sigmoid"})
            doc["layers"].append(L)
        path = os.path.join(args.out_dir, stem + ".weights.json")
        with open(path, "w") as f:
            json.dump(doc, f, indent=1)
        with open(path) as f:
            doc = json.load(f)           # render exactly what the file holds
        flat = []
        for L in doc["layers"]:
            flat.append(np.asarray(L["weight"], dtype=np.float64).astype(np.float32).ravel())
            if L["bias"] is not None:
                flat.append(np.asarray(L["bias"], dtype=np.float64).astype(np.float32))
        np.concatenate(flat).astype("<f4").tofile(os.path.join(args.out_dir, stem + ".weights.f32"))
        x = coords()
        with torch.no_grad():
            y32 = model(doc, make, torch.float32)(torch.from_numpy(x)).numpy().astype("<f4")
            y64 = model(doc, make, torch.float64)(torch.from_numpy(x.astype(np.float64))).numpy().astype("<f8")
        y32.tofile(os.path.join(args.out_dir, stem + ".size64.f32"))
        y64.tofile(os.path.join(args.out_dir, stem + ".size64.f64"))
        meta = {
            "stem": stem, "seed": SEED, "size": SIZE, "zoom": ZOOM, "dims": DIMS,
            "init": "normal", "scale": 1.0, "bias_init": "torch-default", "rng": "numpy PCG64",
            "activation": fields, "output_activation": "sigmoid",
            "reference_sha256": hashlib.sha256(y32.tobytes()).hexdigest(),
            "reference_backend": "torch %s, float32, threads=1, one batch" % torch.__version__,
            "max_abs_diff_torch_vs_float64": float(np.max(np.abs(y32.astype(np.float64) - y64))),
            "out_stats": {"mean": float(y32.mean()), "std": float(y32.std()), "min": float(y32.min()), "max": float(y32.max())},
        }
        with open(os.path.join(args.out_dir, stem + ".meta.json"), "w") as f:
            json.dump(meta, f, indent=1)
        print(stem, "max |torch - float64| = %.3e" % meta["max_abs_diff_torch_vs_float64"], "std %.3f" % meta["out_stats"]["std"])


if __name__ == "__main__":
    main()
