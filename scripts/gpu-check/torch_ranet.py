"""The PyTorch side of scripts/gpu-check.sh: runs ranetc's graph IR (graph.json: the public
model node for node, before any ranetc pass) with torch.nn.functional on the same weights,
checks it against the fixtures (and digits against ranetc's exits), and times against each
ranetc CUDA build the PyTorch eager counterpart (channels_last, cuDNN with its autotuner): f32
builds against eager with TF32 off and against torch.compile (max-autotune-no-cudagraphs,
reduce-overhead) where it works, tf32 builds against eager with TF32 on, f16 builds against
eager under autocast FP16; budgeted classification (f32) against eager early exit (stage by
stage, dropping the inputs that leave at each exit, as an eager implementation with real early
exit must) with TF32 off and on. Each time is CUDA events from before the host-to-device copy
of the input to after the device-to-host copy of the results, median after warm-up, as
check.mjs timed ranetc. Prints each build's accuracy against the fixtures and one table, and
writes table.json. Every row is printed even where PyTorch or CUDA is missing (a rehearsal):
then with the reason it was skipped."""
import contextlib
import json
import os
import struct
import sys
import signal
import time

import numpy as np

try:
    import torch
    import torch.nn.functional as F

    TORCH_MISSING = None
except ImportError as e:  # a rehearsal without PyTorch still prints every row, skipped
    torch = None
    TORCH_MISSING = f"PyTorch does not import here ({type(e).__name__}: {e})"

ROOT = os.path.dirname(os.path.abspath(__file__))
DEVICE = "cuda" if torch is not None and torch.cuda.is_available() else "cpu"
REHEARSE = "--rehearse" in sys.argv
# The PyTorch counterparts of each ranetc build (budget rows: f32, eager with TF32 off and on).
SYSTEMS = {
    "f32": ["eager f32", "compile max-autotune-no-cudagraphs", "compile reduce-overhead"],
    "tf32": ["eager tf32"],
    "f16": ["eager fp16 autocast"],
    "budget": ["eager f32", "eager tf32"],
}


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
        tensor = torch.from_numpy(array.copy()).reshape(t["shape"]).to(DEVICE)
        # channels_last for every 4-D weight, as for the inputs: cuDNN's tensor-core layout.
        out[name] = tensor.to(memory_format=torch.channels_last) if tensor.dim() == 4 else tensor
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

    def run(self, x, thresholds=None):
        """Every exit's logits (thresholds None), or (exit, class) per input with early exit."""
        with torch.no_grad():
            return self.run_graph(x, thresholds)

    def run_graph(self, x, thresholds):
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


def settings(system):
    """TF32 on or off as `system` says; autocast FP16 for its FP16 rows (a context)."""
    tf32 = system in ("eager tf32", "eager fp16 autocast")
    torch.backends.cudnn.allow_tf32 = tf32
    torch.backends.cuda.matmul.allow_tf32 = tf32
    if system == "eager fp16 autocast":
        return torch.autocast(DEVICE, dtype=torch.float16)
    return contextlib.nullcontext()


def skipped(system):
    """Why `system` cannot run here, or None."""
    if torch is None:
        return TORCH_MISSING
    if system in ("eager tf32", "eager fp16 autocast") and DEVICE != "cuda":
        return f"needs CUDA PyTorch (torch {torch.__version__} sees no CUDA device)"
    return None


def timed(fn, x_host, reps):
    """Median ms of copy in + fn + copy out, by CUDA events (perf_counter on the CPU)."""
    def once():
        out = fn(x_host.to(DEVICE).to(memory_format=torch.channels_last))
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


def fixture_rel(model, io):
    """Worst scaled difference over the exits of `model` on a fixture's input."""
    worst = 0.0
    for e, logits in enumerate(model.run(io["input"].to(memory_format=torch.channels_last))):
        want = io[f"exit{e}"]
        rel = ((logits.float() - want).abs().max() / max(1.0, want.abs().max().item())).item()
        worst = max(worst, rel if rel == rel else float("inf"))
    return worst


def main():
    started = time.time()
    budget_s = float(os.environ.get("GPU_CHECK_TORCH_BUDGET_S", "120"))
    if torch is None:
        print(f"torch: {TORCH_MISSING}")
    else:
        print(f"torch {torch.__version__} (CUDA {torch.version.cuda}) on {torch.cuda.get_device_name() if DEVICE == 'cuda' else 'cpu'}")
        torch.backends.cudnn.benchmark = True
    results = json.load(open(os.path.join(ROOT, "results.json")))
    quick = results["quick"]
    failures = 0

    print("accuracy against the fixtures: worst scaled difference over the exits (tolerance)")
    accuracy = []
    for a in results["accuracy"]:
        overflow = f", exit {', '.join(map(str, a['overflow']))} past f16's range as expected" if a["overflow"] else ""
        label = f"ranetc cuda {a['precision']}{'' if a['graphs'] else ' (no graphs)'}"
        rel = "n/a" if a["rel"] is None else f"{a['rel']:.2e}"  # JSON has no infinity: a build that failed
        print(f"{'ok  ' if a['ok'] else 'FAIL'} accuracy {a['model']:>13} {label:>30} rel {rel} ({a['tolerance']:.1e}){overflow}")
        accuracy.append({**a, "system": label})
    for name in ["tiny-cifar", "ranet-cifar10", "imagenet-mini"]:
        d = os.path.join(ROOT, "models", name)
        for system in ["eager f32", "eager tf32", "eager fp16 autocast"]:
            why = skipped(system)
            if why is not None:
                print(f"skip accuracy {name:>13} {'torch ' + system:>30} skipped: {why}")
                accuracy.append({"model": name, "system": f"torch {system}", "rel": None, "note": f"skipped: {why}"})
                continue
            model, io = EagerRanet(d), read_safetensors(os.path.join(d, "io.safetensors"))
            with settings(system):
                rel = fixture_rel(model, io)
            # f32 is held to 1e-3; TF32 and FP16 are PyTorch's own numerics, shown, not judged.
            ok = rel <= 1e-3 if system == "eager f32" else True
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} accuracy {name:>13} {'torch ' + system:>30} rel {rel:.2e}{' (1.0e-03)' if system == 'eager f32' else ''}")
            accuracy.append({"model": name, "system": f"torch {system}", "rel": rel})
    if torch is not None:
        torch.backends.cudnn.allow_tf32 = False
        torch.backends.cuda.matmul.allow_tf32 = False

    inputs, models = {}, {}
    if torch is not None:
        for name in ["digits", "ranet-cifar10"]:
            d = os.path.join(ROOT, "models", name)
            models[name] = EagerRanet(d)
            if name == "digits":
                inputs[name] = digits_images(d, json.load(open(os.path.join(d, "f32", "plan.json")))["normalize"])
            else:
                inputs[name] = read_safetensors(os.path.join(d, "bench.safetensors"))["input"].cpu()
        # digits: every exit of ranetc (on 64 test images) against PyTorch eager.
        for e, logits in enumerate(models["digits"].run(inputs["digits"][:64].to(DEVICE))):
            got = torch.tensor(results["digitsExits"][e]).reshape(logits.shape)
            rel = ((logits.cpu() - got).abs().max() / max(1.0, logits.abs().max().item())).item()
            failures += rel > 1e-3
            print(f"{'ok  ' if rel <= 1e-3 else 'FAIL'} ranetc digits exit{e} vs torch eager: rel {rel:.2e}")
    else:
        print(f"skip ranetc digits exits vs torch eager: skipped: {TORCH_MISSING}")

    table = []
    def row(r, system, ms, note=""):
        entry = {"model": r["model"], "batch": r["batch"], "mode": r["mode"], "precision": r["precision"], "system": system,
                 "torch_ms": ms, "ranetc_ms": r["ms"], "ratio": None if ms is None else ms / r["ms"], "note": note}
        table.append(entry)
        ratio = "" if ms is None else f"{ms / r['ms']:.2f}"
        print(f"{r['model']:>13} {r['batch']:>5} {r['mode']:>12} {'cuda ' + r['precision']:>9} {system:>34} "
              f"{'' if ms is None else f'{ms:.3f}':>9} {r['ms']:>10.3f} {ratio:>8} {note}")

    print(f"{'model':>13} {'batch':>5} {'mode':>12} {'ranetc':>9} {'torch system':>34} {'torch ms':>9} {'ranetc ms':>10} {'ratio':>8}")
    reps = lambda b: 2 if quick else 20 if b == 256 else 50
    for r in results["rows"]:
        budget = r["mode"] != "forward"
        for system in SYSTEMS["budget" if budget else r["precision"]]:
            if system.startswith("compile"):
                continue
            why = skipped(system)
            if why is not None:
                row(r, system, None, f"skipped: {why}")
                continue
            model, x = models[r["model"]], inputs[r["model"]][: r["batch"]]
            if budget:
                thresholds = next(b["thresholds"] for b in results["budgets"] if f"p={b['p']}" in r["mode"])
                fn = lambda xs, th=thresholds: model.run(xs, th)
            else:
                fn = forward_all(model)
            with settings(system):
                ms = timed(fn, x, reps(r["batch"]))
            note = ""
            if budget:
                taken, classes = model.run(x.to(DEVICE), thresholds)
                same = sum(1 for i, (e, c) in enumerate(r["predictions"]) if taken[i] == e and classes[i] == c)
                note = f"{r['meanMFlops']:.2f} MFLOPs/input, {same}/{len(r['predictions'])} same exit and class"
            row(r, system, ms, note)
    # torch.compile last (f32, TF32 off): its compile time is the unknown; each row gets a deadline.
    for system in [s for s in SYSTEMS["f32"] if s.startswith("compile")]:
        for r in [r for r in results["rows"] if r["mode"] == "forward" and r["precision"] == "f32"]:
            why = skipped(system)
            left = budget_s - (time.time() - started)
            if why is None and left < 30:
                why = f"time budget spent (GPU_CHECK_TORCH_BUDGET_S={budget_s:g})"
            if why is not None:
                row(r, system, None, f"skipped: {why}")
                continue
            model, x = models[r["model"]], inputs[r["model"]][: r["batch"]]
            try:
                settings(system)
                compiled = torch.compile(forward_all(model), mode=system.split()[1], dynamic=False)
                ms = with_deadline(int(left), lambda: timed(compiled, x, reps(r["batch"])))
                row(r, system, ms)
            except Exception as e:  # a backend that does not work here is a row that says why
                row(r, system, None, f"n/a: {type(e).__name__}: {str(e).splitlines()[0][:80] if str(e) else ''}")
    device = "none" if torch is None else torch.cuda.get_device_name() if DEVICE == "cuda" else "cpu"
    json.dump({"torch": None if torch is None else torch.__version__, "cuda": None if torch is None else torch.version.cuda,
               "device": device, "images": results["images"], "accuracy": accuracy, "rows": table},
              open(os.path.join(ROOT, "table.json"), "w"), indent=1)
    print(f"table.json written ({len(table)} rows, {len(accuracy)} accuracy rows; PyTorch side {time.time() - started:.0f} s)")
    missing = torch is None and not REHEARSE
    sys.exit(1 if failures or results["failures"] or missing else 0)


if __name__ == "__main__":
    main()
