"""The PyTorch side of scripts/gpu-check.sh: runs ranetc's graph IR (graph.json: the public
model node for node, before any ranetc pass) with torch.nn.functional on the same weights,
checks it against the fixtures (and digits against ranetc's exits), and times, f32 only:
the plain forward (every exit, no host sync inside) in eager mode with allow_tf32 off and, as
its own row, on; under torch.compile (max-autotune-no-cudagraphs, reduce-overhead) where it
works; and budgeted classification (stage by stage, dropping the inputs that leave at each
exit, as an eager implementation with real early exit must). Each time is CUDA events from
before the host-to-device copy of the input to after the device-to-host copy of the results,
median after warm-up, as check.mjs timed ranetc. Prints one table and writes table.json."""
import json
import os
import struct
import sys
import signal
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


def forward_all(model):
    """The plain forward: every exit's logits, no early exit, no host sync."""
    return lambda x: model.run(x)


def timed(fn, x_host, reps):
    """Median ms of copy in + fn + copy out, by CUDA events (perf_counter on the CPU)."""
    def once():
        out = fn(x_host.to(DEVICE))
        outs = out if isinstance(out, (list, tuple)) else [out]
        return [o.cpu() for o in outs]

    once()
    times = []
    for _ in range(reps):
        if DEVICE == "cuda":
            start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            once()
            end.record()
            end.synchronize()
            times.append(start.elapsed_time(end))
        else:
            t = time.perf_counter()
            once()
            times.append((time.perf_counter() - t) * 1e3)
    return sorted(times)[len(times) // 2]


class Timeout(Exception):
    pass


def with_deadline(seconds, fn):
    def alarm(*_):
        raise Timeout(f"over {seconds} s")

    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        return fn()
    finally:
        signal.alarm(0)


def digits_images(d, normalize):
    records = np.fromfile(os.path.join(d, "test.bin"), dtype=np.uint8).reshape(-1, 1 + 3 * 32 * 32)
    pixels = records[:, 1:].reshape(-1, 3, 32, 32).astype(np.float32) / np.float32(255)
    mean = np.array(normalize["mean"], dtype=np.float32).reshape(1, 3, 1, 1)
    std = np.array(normalize["std"], dtype=np.float32).reshape(1, 3, 1, 1)
    return torch.from_numpy((pixels - mean) / std)


def main():
    started = time.time()
    budget_s = float(os.environ.get("GPU_CHECK_TORCH_BUDGET_S", "300"))
    print(f"torch {torch.__version__} (CUDA {torch.version.cuda}) on {torch.cuda.get_device_name() if DEVICE == 'cuda' else 'cpu'}")
    torch.backends.cudnn.allow_tf32 = False
    torch.backends.cuda.matmul.allow_tf32 = False
    failures = 0
    for name in ["tiny-cifar", "ranet-cifar10", "imagenet-mini"]:
        d = os.path.join(ROOT, "models", name)
        model, io = EagerRanet(d), read_safetensors(os.path.join(d, "io.safetensors"))
        for e, logits in enumerate(model.run(io["input"])):
            want = io[f"exit{e}"]
            rel = ((logits - want).abs().max() / max(1.0, want.abs().max().item())).item()
            failures += rel > 1e-3
            print(f"{'ok  ' if rel <= 1e-3 else 'FAIL'} torch eager {name} exit{e}: rel {rel:.2e}")
    results = json.load(open(os.path.join(ROOT, "results.json")))
    quick = results["quick"]
    inputs, models = {}, {}
    for name in ["digits", "ranet-cifar10"]:
        d = os.path.join(ROOT, "models", name)
        models[name] = EagerRanet(d)
        if name == "digits":
            inputs[name] = digits_images(d, json.load(open(os.path.join(d, "plan.json")))["normalize"])
        else:
            inputs[name] = read_safetensors(os.path.join(d, "bench.safetensors"))["input"].cpu()
    # digits: every exit of ranetc (on 64 test images) against PyTorch eager.
    for e, logits in enumerate(models["digits"].run(inputs["digits"][:64].to(DEVICE))):
        got = torch.tensor(results["digitsExits"][e]).reshape(logits.shape)
        rel = ((logits.cpu() - got).abs().max() / max(1.0, logits.abs().max().item())).item()
        failures += rel > 1e-3
        print(f"{'ok  ' if rel <= 1e-3 else 'FAIL'} ranetc digits exit{e} vs torch eager: rel {rel:.2e}")

    table = []
    def row(r, system, ms, note=""):
        entry = {"model": r["model"], "batch": r["batch"], "mode": r["mode"], "system": system,
                 "torch_ms": ms, "ranetc_ms": r["ms"], "ratio": None if ms is None else ms / r["ms"], "note": note}
        table.append(entry)
        ratio = "" if ms is None else f"{ms / r['ms']:.2f}"
        print(f"{r['model']:>13} {r['batch']:>5} {r['mode']:>12} {system:>34} "
              f"{'' if ms is None else f'{ms:.3f}':>9} {r['ms']:>10.3f} {ratio:>8} {note}")

    print(f"{'model':>13} {'batch':>5} {'mode':>12} {'torch system':>34} {'torch ms':>9} {'ranetc ms':>10} {'ratio':>8}")
    reps = lambda b: 2 if quick else 20 if b == 256 else 50
    for r in results["rows"]:
        model, x = models[r["model"]], inputs[r["model"]][: r["batch"]]
        if r["mode"] == "forward":
            fn = forward_all(model)
        else:
            thresholds = next(b["thresholds"] for b in results["budgets"] if f"p={b['p']}" in r["mode"])
            fn = lambda xs, th=thresholds: model.run(xs, th)
        for tf32 in [False, True]:
            torch.backends.cudnn.allow_tf32 = tf32
            torch.backends.cuda.matmul.allow_tf32 = tf32
            ms = timed(fn, x, reps(r["batch"]))
            note = ""
            if r["mode"] != "forward":
                taken, classes = model.run(x.to(DEVICE), thresholds)
                same = sum(1 for i, (e, c) in enumerate(r["predictions"]) if taken[i] == e and classes[i] == c)
                note = f"{r['meanMFlops']:.2f} MFLOPs/input, {same}/{len(r['predictions'])} same exit and class"
            row(r, f"eager tf32 {'on' if tf32 else 'off'}", ms, note)
        torch.backends.cudnn.allow_tf32 = False
        torch.backends.cuda.matmul.allow_tf32 = False
    # torch.compile last: its compile time is the unknown; each mode gets a deadline.
    for mode in ["max-autotune-no-cudagraphs", "reduce-overhead"]:
        for r in [r for r in results["rows"] if r["mode"] == "forward"]:
            left = budget_s - (time.time() - started)
            if left < 30:
                row(r, f"compile {mode}", None, "skipped: time budget spent")
                continue
            model, x = models[r["model"]], inputs[r["model"]][: r["batch"]]
            try:
                compiled = torch.compile(forward_all(model), mode=mode, dynamic=False)
                ms = with_deadline(int(left), lambda: timed(compiled, x, reps(r["batch"])))
                row(r, f"compile {mode}", ms)
            except Exception as e:  # a backend that does not work here is a row that says why
                row(r, f"compile {mode}", None, f"n/a: {type(e).__name__}: {str(e).splitlines()[0][:80] if str(e) else ''}")
    json.dump({"torch": torch.__version__, "cuda": torch.version.cuda, "device": torch.cuda.get_device_name() if DEVICE == "cuda" else "cpu",
               "images": results["images"], "rows": table}, open(os.path.join(ROOT, "table.json"), "w"), indent=1)
    print(f"table.json written ({len(table)} rows)")
    sys.exit(1 if failures or results["failures"] else 0)


if __name__ == "__main__":
    main()
