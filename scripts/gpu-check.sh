#!/usr/bin/env bash
# The CUDA runtime on a real NVIDIA GPU, in one go (about 3 to 6 minutes; torch.compile rows
# stop at GPU_CHECK_TORCH_BUDGET_S, default 300 s, for the whole PyTorch side):
#   1. the driver, toolkit, NVRTC and PyTorch versions found;
#   2. every exit of tiny-cifar, ranet-cifar10 (with and without CUDA graphs) and imagenet-mini
#      against the fixtures, digits' exits against PyTorch eager, and which module image each
#      model loaded (NVRTC cubin for the device, or prebuilt PTX) and why;
#   3. one table (also table.json): the plain forward (all exits) of digits and ranet-cifar10 at
#      batch 1, 64, 256 against PyTorch eager with allow_tf32 off, and on, and torch.compile
#      (max-autotune-no-cudagraphs, reduce-overhead) where it works; budgeted classification of
#      digits at three budgets against eager early exit. f32 only; both sides timed by CUDA
#      events from before the input copy to after the results copy, median after warm-up;
#   4. whether Dawn finds the NVIDIA GPU (Vulkan ICD files, VK_ICD_FILENAMES, driver libraries,
#      each Dawn backend), and the WGSL build's timings when it does: today's kernels and the
#      plan's GPU default (implicit-GEMM convolutions at large batches), interleaved, after
#      checking that their outputs agree (the rehearsal runs this on lavapipe at batch 1 and 8).
#
#   bash scripts/gpu-check.sh prepare   # here (Node, nvcc): fills the ignored .tmp/gpu-check/
#   bash scripts/gpu-check.sh           # on the GPU machine (CUDA driver, Python, PyTorch; no Node needed)
#   bash scripts/gpu-check.sh rehearse  # here, without a GPU: the same steps on the cuda-cpu harness
#                                       # (small batches) and, where PyTorch imports, CPU PyTorch
#
# `prepare` builds the CUDA plans, each model's .cu and PTX (ISA 7.0 / 7.8) at maxBatch 256,
# the graphs for the PyTorch side, the weights, inputs and digits images, bundles the Node side
# (scripts/gpu-check/*.ts with the runtime) with koffi and Dawn beside it, and packs this
# machine's Node binary (xz), so the GPU machine needs nothing but the driver, Python and
# PyTorch. `--driver LIB` after the run command points the runtime at another library with the
# Driver API (e.g. a cuda-cpu harness .so). PYTHON names the Python with PyTorch (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.tmp/gpu-check
PY=${PYTHON:-python3}
# Seconds each Dawn backend's probe may take (with the WGSL timings on an NVIDIA adapter).
PROBE_S=${GPU_CHECK_PROBE_S:-240}
# Seconds each step of the rehearsal may take: on this machine a step that hangs fails the
# rehearsal with what it printed, instead of blocking whoever runs it.
STEP_S=${GPU_CHECK_STEP_S:-600}

versions() {
  echo "== versions"
  nvidia-smi --query-gpu=name,driver_version,compute_cap --format=csv,noheader 2> /dev/null || echo "nvidia-smi: not found"
  if command -v nvcc > /dev/null; then nvcc --version | tail -1; else echo "nvcc: none (NVRTC or the prebuilt PTX is used)"; fi
  "$PY" -c 'import torch; print("torch", torch.__version__, "CUDA", torch.version.cuda, "cudnn", torch.backends.cudnn.version())' 2>&1 | tail -1 || true
  echo "RANETC_NVRTC=${RANETC_NVRTC:-}"
}

vulkan() {
  echo "== WGSL: Dawn over Vulkan"
  echo "VK_ICD_FILENAMES=${VK_ICD_FILENAMES:-} VK_DRIVER_FILES=${VK_DRIVER_FILES:-}"
  for d in /usr/share/vulkan/icd.d /etc/vulkan/icd.d /usr/local/share/vulkan/icd.d; do
    [ -d "$d" ] && for f in "$d"/*.json; do [ -e "$f" ] && echo "ICD $f: $(tr -d ' \n' < "$f" | head -c 200)"; done
  done
  ldconfig -p 2>/dev/null | grep -E 'libvulkan\.so|libGLX_nvidia|libnvidia-glcore|libnvidia-vulkan|libEGL_nvidia' || echo "no libvulkan / NVIDIA GL-Vulkan libraries in the loader cache"
  echo "/dev/dri: $(ls /dev/dri 2>&1 | tr '\n' ' ')"
  # One process per Dawn backend, each under a time limit: a driver that hangs costs one
  # attempt. The first that finds an NVIDIA adapter also times the WGSL build there; in the
  # rehearsal (`--rehearse`), the last one times it on whatever adapter it found.
  local attempt out code benched=0 flags
  for attempt in vulkan vulkan-no-robustness opengles default; do
    code=0 flags=()
    [ "$benched" = 1 ] && flags+=(--no-bench)
    [ "$attempt" = default ] && [ "${1:-}" = --rehearse ] && flags+=(--rehearse)
    out=$(timeout "$PROBE_S" "$NODE" "$OUT/wgsl-probe.mjs" "$attempt" "${flags[@]}" 2>&1) || code=$?
    printf '%s\n' "$out"
    if [ "$code" = 124 ]; then echo "wgsl: Dawn $attempt: no answer in $PROBE_S s (stopped)";
    elif [ "$code" != 0 ]; then echo "wgsl: Dawn $attempt: probe failed (exit $code)"; fi
    if grep -q '^wgsl digits batch' <<< "$out"; then benched=1; fi
  done
  [ "$benched" = 1 ] || echo 'wgsl: no NVIDIA adapter through Dawn; the WGSL benchmark did not run (see the Vulkan lines above)'
}

if [ "${1:-}" = prepare ] || [ "${1:-}" = rehearse ]; then
  rm -rf "$OUT" && mkdir -p "$OUT/node_modules"
  flags=()
  if [ "$1" = rehearse ]; then flags=(--rehearse); fi
  timeout "$STEP_S" node --import tsx scripts/gpu-check/prepare.ts "$OUT" "${flags[@]}"
  for part in check wgsl-probe; do
    npx esbuild "scripts/gpu-check/$part.ts" --bundle --platform=node --format=esm --external:koffi \
      --external:webgpu --log-level=warning --outfile="$OUT/$part.mjs"
  done
  # koffi without its docs and vendored C sources, and only the glibc x64 binary; Dawn likewise.
  mkdir -p "$OUT/node_modules/koffi" "$OUT/node_modules/@koromix/koffi-linux-x64" "$OUT/node_modules/webgpu/dist"
  cp -r node_modules/koffi/{package.json,index.js,index.cjs,indirect.js,indirect.cjs,lib,src} "$OUT/node_modules/koffi/"
  cp -r node_modules/@koromix/koffi-linux-x64/{package.json,index.js,linux_x64} "$OUT/node_modules/@koromix/koffi-linux-x64/"
  cp node_modules/webgpu/{package.json,index.js} "$OUT/node_modules/webgpu/"
  cp -r node_modules/webgpu/dist/linux-x64 "$OUT/node_modules/webgpu/dist/"
  cp scripts/gpu-check/torch_ranet.py "$OUT/"
  if [ "$1" = rehearse ]; then
    NODE=node
    versions
    echo "== ranetc on the cuda-cpu harness"
    timeout "$STEP_S" node "$OUT/check.mjs" --driver "$PWD/$OUT/harness-{model}.so" --quick
    echo "== PyTorch"
    if timeout "$STEP_S" "$PY" -c 'import torch' 2> "$OUT/torch-import.txt"; then
      timeout "$STEP_S" "$PY" "$OUT/torch_ranet.py"
    else
      echo "PyTorch side NOT rehearsed: '$PY -c \"import torch\"' fails here: $(tail -1 "$OUT/torch-import.txt")"
      "$PY" -m py_compile "$OUT/torch_ranet.py" && echo "torch_ranet.py compiles"
    fi
    vulkan --rehearse
    exit
  fi
  xz -T2 -6 -c "$(command -v node)" > "$OUT/node.xz"
  du -sh "$OUT"
  exit 0
fi

[ -f "$OUT/check.mjs" ] || { echo "gpu-check: run 'bash scripts/gpu-check.sh prepare' on a machine with Node and nvcc first" >&2; exit 2; }
NODE=$(command -v node || true)
if [ -z "$NODE" ]; then
  if [ ! -x "$OUT/node" ]; then xz -dc "$OUT/node.xz" > "$OUT/node" && chmod +x "$OUT/node"; fi
  NODE="$OUT/node"
fi
status=0
versions
echo "== ranetc CUDA"
"$NODE" "$OUT/check.mjs" "$@" || status=1
echo "== PyTorch and the table"
"$PY" "$OUT/torch_ranet.py" || status=1
vulkan
exit $status
