#!/usr/bin/env bash
# The CUDA runtime on a real NVIDIA GPU, in one go (about 3 minutes expected, at most about 5:
# each part is bounded, see the limits below):
#   1. the driver, toolkit, NVRTC and PyTorch versions found;
#   2. every exit of tiny-cifar, ranet-cifar10 (with and without CUDA graphs) and imagenet-mini
#      against the fixtures for the f32, tf32 and f16 CUDA builds, each within its precision's
#      tolerance (f16 overflows ranet-cifar10's last exit, as expected), digits' exits against
#      PyTorch eager, and which module image each build loaded (NVRTC cubin or prebuilt PTX);
#   3. each build's accuracy and one table (also table.json): the plain forward (all exits) of
#      ranet-cifar10 (f32, tf32, f16 builds) and digits (f32) at batch 1, 64, 256 against
#      PyTorch eager (channels_last, cuDNN): f32 against TF32 off and torch.compile
#      (max-autotune-no-cudagraphs, reduce-overhead) where it works, tf32 against TF32 on, f16
#      against autocast FP16; budgeted classification of digits at three budgets against eager
#      early exit. Both sides timed by CUDA events from before the input copy to after the
#      results copy, median after warm-up;
#   4. whether Dawn finds the NVIDIA GPU (Vulkan ICD files, VK_ICD_FILENAMES, driver libraries,
#      each Dawn backend, the Vulkan loader it opened: the packed one where the machine has
#      none), and the WGSL build's timings when it does: today's kernels and the plan's GPU
#      default (implicit-GEMM convolutions at large batches), and at batch 1 stage kernels (one
#      dispatch per stage), interleaved, after checking that their outputs agree with today's
#      kernels (the rehearsal runs this on lavapipe at batch 1 and 8);
#      skipped, saying so, when Dawn was left out of the payload.
#
#   bash scripts/gpu-check.sh prepare [--no-wgsl]  # here (Node, nvcc): .tmp/gpu-check/, sizes
#   bash scripts/gpu-check.sh                      # on the GPU machine (CUDA driver, Python,
#                                                  # PyTorch; no Node or network needed)
#   bash scripts/gpu-check.sh rehearse [--no-wgsl] # here, without a GPU: prepare, then the same
#                                                  # steps from the packed folder on the cuda-cpu
#                                                  # harness (small batches); PyTorch rows run
#                                                  # where PyTorch imports, else print skipped
#
# What travels is .tmp/gpu-check/ with the tracked tree, within 64 MiB: payload.tar.xz (the
# CUDA plans, each build's .cu and PTX (ISA 7.0 / 7.8), the graphs for the PyTorch side, the
# fixture weights in byte planes, the fixtures' inputs and outputs, the digits images, the Node
# side bundled with koffi), dawn.tar.xz (Dawn's linux-x64 binary with this machine's Vulkan loader
# and libGLdispatch; left out by --no-wgsl) and
# node.xz (this machine's Node binary). The GPU machine unpacks them into .tmp/gpu-check/run/
# with Python's tarfile and lzma and draws the timing inputs from a seed there. `prepare` prints
# the sizes and fails past the limit. `--driver LIB` after the run command points the runtime
# at another library with the Driver API (e.g. a cuda-cpu harness .so). PYTHON names the Python
# with PyTorch (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.tmp/gpu-check
RUN=$OUT/run
PY=${PYTHON:-python3}
# What travels (the tracked tree and this folder) may take this many MiB.
LIMIT_MIB=64
# Seconds the CUDA side may take on the GPU machine (expected: about 60).
NODE_S=${GPU_CHECK_NODE_S:-100}
# Seconds for the whole PyTorch side: the torch.compile rows stop at it (expected eager part:
# about 40); its process is stopped 20 s past it.
export GPU_CHECK_TORCH_BUDGET_S=${GPU_CHECK_TORCH_BUDGET_S:-120}
# Seconds for all the Dawn probes on the GPU machine together, and for each one.
WGSL_S=${GPU_CHECK_WGSL_S:-45}
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
  echo "== WGSL: Dawn over Vulkan ($SECONDS s)"
  echo "VK_ICD_FILENAMES=${VK_ICD_FILENAMES:-} VK_DRIVER_FILES=${VK_DRIVER_FILES:-}"
  for d in /usr/share/vulkan/icd.d /etc/vulkan/icd.d /usr/local/share/vulkan/icd.d; do
    [ -d "$d" ] && for f in "$d"/*.json; do [ -e "$f" ] && echo "ICD $f: $(tr -d ' \n' < "$f" | head -c 200)"; done
  done
  ldconfig -p 2>/dev/null | grep -E 'libvulkan\.so|libGLX_nvidia|libnvidia-glcore|libnvidia-vulkan|libEGL_nvidia' || echo "no libvulkan / NVIDIA GL-Vulkan libraries in the loader cache"
  echo "/dev/dri: $(ls /dev/dri 2>&1 | tr '\n' ' ')"
  # A machine with the NVIDIA driver but no Vulkan loader (the driver's ICD needs one): Dawn
  # opens the packed loader instead (the rehearsal always does, to exercise this path); a driver
  # whose ICD file is not where the loader looks is named to it.
  if [ -d "$RUN/vulkan" ] && { [ "${1:-}" = --rehearse ] || ! ldconfig -p 2>/dev/null | grep -q 'libvulkan\.so\.1 '; }; then
    export LD_LIBRARY_PATH="$PWD/$RUN/vulkan${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    echo "Vulkan loader: the packed one ($RUN/vulkan: $(ls "$RUN/vulkan" | tr '\n' ' '))"
  fi
  if [ -z "${VK_ICD_FILENAMES:-}${VK_DRIVER_FILES:-}" ] && ! ls /usr/share/vulkan/icd.d/*nvidia* /etc/vulkan/icd.d/*nvidia* > /dev/null 2>&1; then
    for f in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/local/share/vulkan/icd.d/nvidia_icd.json; do
      if [ -f "$f" ]; then export VK_DRIVER_FILES=$f; echo "VK_DRIVER_FILES=$f (the NVIDIA ICD outside the loader's paths)"; break; fi
    done
  fi
  # One process per Dawn backend, each under a time limit: a driver that hangs costs one
  # attempt. The first that finds an NVIDIA adapter also times the WGSL build there; in the
  # rehearsal (`--rehearse`), the last one times it on whatever adapter it found.
  if [ ! -f "$RUN/node_modules/webgpu/index.js" ]; then
    echo "wgsl: skipped: Dawn was left out of the payload (prepare --no-wgsl); no WGSL rows"
    return
  fi
  local attempt out code benched=0 limit end=$((SECONDS + WGSL_S)) flags
  for attempt in vulkan vulkan-no-robustness opengles default; do
    limit=$((end - SECONDS < PROBE_S ? end - SECONDS : PROBE_S))
    if [ "$limit" -lt 5 ]; then echo "wgsl: Dawn $attempt: skipped: the WGSL time budget (${WGSL_S} s) is spent"; continue; fi
    code=0 flags=()
    [ "$benched" = 1 ] && flags+=(--no-bench)
    [ "$attempt" = default ] && [ "${1:-}" = --rehearse ] && flags+=(--rehearse)
    out=$(timeout "$limit" "$NODE" "$RUN/wgsl-probe.mjs" "$attempt" "${flags[@]}" 2>&1) || code=$?
    printf '%s\n' "$out"
    if [ "$code" = 124 ]; then echo "wgsl: Dawn $attempt: no answer in $limit s (stopped)";
    elif [ "$code" != 0 ]; then echo "wgsl: Dawn $attempt: probe failed (exit $code)"; fi
    if grep -q '^wgsl digits batch' <<< "$out"; then benched=1; fi
  done
  [ "$benched" = 1 ] || echo 'wgsl: no NVIDIA adapter through Dawn; the WGSL benchmark did not run (see the Vulkan lines above)'
}

# What travels, in bytes: this folder (packed) and the tracked tree (with untracked files git
# does not ignore), as `du -sb` and `git ls-files` measure them; fails past LIMIT_MIB.
sizes() {
  local folder tree loose total
  folder=$(du -sb "$OUT" | cut -f1)
  tree=$(git ls-files -z | xargs -0 stat -c %s 2> /dev/null | awk '{s += $1} END {print s + 0}')
  loose=$(git ls-files -z -o --exclude-standard | xargs -0 -r stat -c %s | awk '{s += $1} END {print s + 0}')
  total=$((folder + tree + loose))
  echo "== sizes (du -sb $OUT; git ls-files: tracked and untracked-not-ignored files)"
  for f in "$OUT"/*; do printf 'size %-28s %6.2f MiB\n' "$(basename "$f")" "$(du -sb "$f" | awk '{print $1 / 1048576}')"; done
  awk -v f="$folder" -v t="$tree" -v l="$loose" -v s="$total" -v m="$LIMIT_MIB" 'BEGIN {
    printf "size folder %.2f MiB + tracked tree %.2f MiB + untracked %.2f MiB = %.2f MiB of %d MiB\n",
      f / 1048576, t / 1048576, l / 1048576, s / 1048576, m }'
  if [ "$total" -gt $((LIMIT_MIB * 1048576)) ]; then echo "gpu-check: what travels is past $LIMIT_MIB MiB" >&2; return 1; fi
}

# Python's tarfile and lzma unpack the payload: the GPU machine need not have xz.
unpack() {
  rm -rf "$RUN" && mkdir -p "$RUN"
  local part
  for part in payload dawn; do
    [ -f "$OUT/$part.tar.xz" ] || continue
    "$PY" -c 'import sys, tarfile
with tarfile.open(sys.argv[1]) as t:
    t.extractall(sys.argv[2], **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))' "$OUT/$part.tar.xz" "$RUN"
  done
}

unpack_node() {
  "$PY" -c 'import lzma, shutil, sys
with lzma.open(sys.argv[1]) as src, open(sys.argv[2], "wb") as dst:
    shutil.copyfileobj(src, dst, 1 << 20)' "$OUT/node.xz" "$OUT/node"
  chmod +x "$OUT/node"
}

# This machine's Node binary, xz-packed once per binary (cached by its hash in the temp directory:
# packing takes half a minute).
pack_node() {
  local bin cache
  bin=$(command -v node)
  cache=${TMPDIR:-/tmp}/ranetc-gpu-check/node-$(sha256sum "$bin" | cut -c1-24).xz
  if [ ! -f "$cache" ]; then
    mkdir -p "$(dirname "$cache")"
    xz -T2 -6 -c "$bin" > "$cache.$$" && mv "$cache.$$" "$cache"
  fi
  cp "$cache" "$OUT/node.xz"
}

# A shared library from the loader cache, by its soname.
vulkan_lib() {
  ldconfig -p | awk -v name="$1" '$1 == name && /x86-64/ {print $NF; exit}' | grep . || {
    echo "gpu-check: $1 is not installed here (scripts/setup.sh installs it)" >&2
    return 1
  }
}

if [ "${1:-}" = prepare ] || [ "${1:-}" = rehearse ]; then
  wgsl=1
  [ "${2:-}" = --no-wgsl ] && wgsl=0
  rm -rf "$OUT" "$OUT-harness" && mkdir -p "$RUN/node_modules"
  flags=()
  if [ "$1" = rehearse ]; then flags=(--rehearse); fi
  timeout "$STEP_S" node --import tsx scripts/gpu-check/prepare.ts "$OUT" "${flags[@]}"
  for part in check wgsl-probe; do
    npx esbuild "scripts/gpu-check/$part.ts" --bundle --platform=node --format=esm --external:koffi \
      --external:webgpu --log-level=warning --outfile="$RUN/$part.mjs"
  done
  # koffi without its docs and vendored C sources, and only the glibc x64 binary; Dawn likewise.
  mkdir -p "$RUN/node_modules/koffi" "$RUN/node_modules/@koromix/koffi-linux-x64"
  cp -r node_modules/koffi/{package.json,index.js,index.cjs,indirect.js,indirect.cjs,lib,src} "$RUN/node_modules/koffi/"
  cp -r node_modules/@koromix/koffi-linux-x64/{package.json,index.js,linux_x64} "$RUN/node_modules/@koromix/koffi-linux-x64/"
  cp scripts/gpu-check/torch_ranet.py "$RUN/"
  tar -C "$RUN" -cf - . | xz -T2 -6 > "$OUT/payload.tar.xz"
  if [ "$wgsl" = 1 ]; then
    # With Dawn, this machine's Vulkan loader and the GL dispatch library the NVIDIA ICD links to.
    mkdir -p "$OUT/vulkan"
    cp -L "$(vulkan_lib libvulkan.so.1)" "$(vulkan_lib libGLdispatch.so.0)" "$OUT/vulkan/"
    tar -cf - node_modules/webgpu/{package.json,index.js} node_modules/webgpu/dist/linux-x64 -C "$OUT" vulkan | xz -T2 -6 > "$OUT/dawn.tar.xz"
    rm -rf "$OUT/vulkan"
  else
    echo "wgsl: Dawn left out of the payload (--no-wgsl): the GPU run prints no WGSL rows"
  fi
  pack_node
  rm -rf "$RUN"
  echo "== packed ($SECONDS s)"
  sizes
  if [ "$1" = prepare ]; then exit 0; fi
  # The rehearsal: the GPU machine's steps from the packed folder, with its own Node unpacked.
  echo "== unpacking"
  unpack
  unpack_node
  NODE=$OUT/node
  echo "node $("$NODE" --version) from node.xz"
  versions
  echo "== ranetc on the cuda-cpu harness ($SECONDS s)"
  timeout "$STEP_S" "$NODE" "$RUN/check.mjs" --driver "$PWD/$OUT-harness/{model}.so" --quick
  echo "== PyTorch and the table ($SECONDS s)"
  timeout "$STEP_S" "$PY" "$RUN/torch_ranet.py" --rehearse
  WGSL_S=$((4 * PROBE_S))
  vulkan --rehearse
  exit
fi

[ -f "$OUT/payload.tar.xz" ] || { echo "gpu-check: run 'bash scripts/gpu-check.sh prepare' on a machine with Node and nvcc first" >&2; exit 2; }
echo "== unpacking"
[ -f "$RUN/check.mjs" ] || unpack
NODE=$(command -v node || true)
if [ -z "$NODE" ]; then
  [ -x "$OUT/node" ] || unpack_node
  NODE="$OUT/node"
fi
status=0
versions
echo "== ranetc CUDA ($SECONDS s)"
timeout "$NODE_S" "$NODE" "$RUN/check.mjs" "$@" || { status=1; echo "gpu-check: the CUDA side failed or ran past $NODE_S s"; }
echo "== PyTorch and the table ($SECONDS s)"
timeout $((GPU_CHECK_TORCH_BUDGET_S + 20)) "$PY" "$RUN/torch_ranet.py" || status=1
vulkan
echo "gpu-check: done in $SECONDS s"
exit $status
