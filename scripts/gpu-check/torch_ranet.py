"""The PyTorch eager baseline of scripts/gpu-check.sh: runs ranetc's graph IR (graph.json, the
public model node for node, before any ranetc pass) with torch.nn.functional on the same
weights, checks it against the fixtures, and times it like check.mjs timed the CUDA runtime:
full network, and budgeted (stage by stage, dropping the inputs that leave at each exit, as an
eager implementation with real early exit would). Prints time ratios torch / ranetc."""
import json
import os
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.abspath(__file__))
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    out = {}
    for name, t in header.items():
        if name == "__metadata__" or t["dtype"] != "F32":
            continue
        start, end = t["data_offsets"]
        array = np.frombuffer(data, dtype="<f4", count=(end - start) // 4, offset=8 + length + start)
        out[name] = torch.from_numpy(array.copy()).reshape(t["shape"]).to(DEVICE)
    return out


class EagerRanet:
    def __init__(self, model_dir):
        graph = json.load(open(os.path.join(model_dir, "graph.json")))
        self.nodes = graph["nodes"]
        self.exits = graph["exits"]
        self.w = read_safetensors(os.path.join(model_dir, "model.safetensors"))
        self.last_use = {}
        for node in self.nodes:
            for i in node["inputs"]:
                self.last_use[i] = node["id"]
        for logits in self.exits:
            self.last_use[logits] = max(self.last_use.get(logits, 0), logits)

    def op(self, node, xs):
        a, op = node["attrs"], node["op"]
        if op == "conv2d":
            y = F.conv2d(xs[0], self.w[a["weight"]], self.w[a["bias"]] if a.get("bias") else None, a["stride"], a["pad"])
            return F.relu(y) if a.get("activation") == "relu" else y
        if op == "batchnorm":
            w = self.w
            return F.batch_norm(xs[0], w[a["mean"]], w[a["variance"]], w[a["weight"]], w[a["bias"]], False, 0.0, a["eps"])
        if op == "relu":
            return F.relu(xs[0])
        if op == "maxpool":
            return F.max_pool2d(xs[0], a["kernel"], a["stride"], a["pad"])
        if op == "avgpool":
            return F.avg_pool2d(xs[0], a["kernel"], a["stride"])
        if op == "resize":
            return F.interpolate(xs[0], size=(a["height"], a["width"]), mode="bilinear", align_corners=True)
        if op == "concat":
            return torch.cat(xs, 1)
        if op == "flatten":
            return xs[0].flatten(1)
        if op == "linear":
            return F.linear(xs[0], self.w[a["weight"]], self.w[a["bias"]])
        raise ValueError(op)

    @torch.no_grad()
    def run(self, x, thresholds=None):
        """Every exit's logits (thresholds None), or (exit, class) per input with early exit."""
        values = {}
        alive = torch.arange(x.shape[0], device=x.device)
        taken = torch.zeros(x.shape[0], dtype=torch.long, device=x.device)
        classes = torch.zeros(x.shape[0], dtype=torch.long, device=x.device)
        outs = []
        exit_of = {logits: e for e, logits in enumerate(self.exits)}
        for node in self.nodes:
            i = node["id"]
            if node["op"] == "input":
                values[i] = x
                continue
            if node["op"] == "softmax" or i > self.exits[-1]:
                continue
            values[i] = self.op(node, [values[j] for j in node["inputs"]])
            for j in node["inputs"]:
                if self.last_use.get(j) == i and j not in exit_of:
                    values.pop(j, None)
            if i in exit_of:
                e = exit_of[i]
                logits = values.pop(i)
                if thresholds is None:
                    outs.append(logits)
                    continue
                confidence, cls = F.softmax(logits, 1).max(1)
                leave = confidence >= thresholds[e] if e < len(self.exits) - 1 else torch.ones_like(confidence, dtype=torch.bool)
                taken[alive[leave]] = e
                classes[alive[leave]] = cls[leave]
                stay = (~leave).nonzero().flatten()
                if stay.numel() == 0:  # the host reads this: one sync per exit, as eager code must
                    break
                alive = alive[stay]
                values = {k: v.index_select(0, stay) for k, v in values.items()}
        return outs if thresholds is None else (taken, classes)


def timed(fn, reps):
    fn()
    if DEVICE == "cuda":
        torch.cuda.synchronize()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        if DEVICE == "cuda":
            torch.cuda.synchronize()
        times.append((time.perf_counter() - t) * 1e3)
    return sorted(times)[len(times) // 2]


def main():
    print(f"torch {torch.__version__} on {torch.cuda.get_device_name() if DEVICE == 'cuda' else 'cpu'}")
    failures = 0
    for name in ["tiny-cifar", "ranet-cifar10"]:
        d = os.path.join(ROOT, "models", name)
        model, io = EagerRanet(d), read_safetensors(os.path.join(d, "io.safetensors"))
        for e, logits in enumerate(model.run(io["input"])):
            want = io[f"exit{e}"]
            rel = ((logits - want).abs().max() / max(1.0, want.abs().max().item())).item()
            failures += rel > 1e-3
            print(f"{'ok  ' if rel <= 1e-3 else 'FAIL'} torch eager {name} exit{e}: rel {rel:.2e}")
    results = json.load(open(os.path.join(ROOT, "results.json")))
    d = os.path.join(ROOT, "models", "digits")
    model = EagerRanet(d)
    normalize = json.load(open(os.path.join(d, "plan.json")))["normalize"]
    records = np.fromfile(os.path.join(d, "test.bin"), dtype=np.uint8).reshape(-1, 1 + 3 * 32 * 32)
    pixels = records[:, 1:].reshape(-1, 3, 32, 32).astype(np.float32) / np.float32(255)
    mean = np.array(normalize["mean"], dtype=np.float32).reshape(1, 3, 1, 1)
    std = np.array(normalize["std"], dtype=np.float32).reshape(1, 3, 1, 1)
    test = torch.from_numpy((pixels - mean) / std).to(DEVICE)
    thresholds = results["thresholds"]
    full = [1e8] * (len(thresholds) - 1) + [-1e8]
    print(f"{'batch':>5} {'mode':>9} {'torch ms':>9} {'ranetc ms':>10} {'torch/ranetc':>13}")
    for t in results["timings"]:
        x = test[: t["batch"]]
        th = thresholds if t["mode"] == "budgeted" else None
        reps = 1 if results["quick"] else 10 if t["batch"] == 256 else 30
        ms = timed(lambda: model.run(x, th) if th else model.run(x, full), reps)
        print(f"{t['batch']:>5} {t['mode']:>9} {ms:>9.3f} {t['ms']:>10.3f} {ms / t['ms']:>13.2f}")
    sys.exit(1 if failures or results["failures"] else 0)


if __name__ == "__main__":
    main()
