#!/usr/bin/env bash
# The CUDA runtime on a real NVIDIA GPU: checks every exit against the fixtures and benchmarks
# classify against PyTorch eager (same model and weights, batch 1, 64 and 256, full network
# and budgeted), printing time ratios torch / ranetc.
#
#   bash scripts/gpu-check.sh prepare   # here (Node, nvcc): fills the ignored .tmp/gpu-check/
#   bash scripts/gpu-check.sh           # on the GPU machine (CUDA driver, Python, PyTorch; no Node needed)
#   bash scripts/gpu-check.sh rehearse  # here, without a GPU: the same run on the cuda-cpu harness
#                                       # (small batches; needs g++ and, for the torch side, PyTorch)
#
# `prepare` builds the CUDA plans and PTX (sm_80, sm_90) at maxBatch 256, the graphs for the
# PyTorch baseline, the weights, fixture inputs and digits images, bundles the Node side
# (scripts/gpu-check/check.ts with the runtime) into one file with koffi beside it, and packs
# this machine's Node binary (xz), so the GPU machine needs nothing but the driver, Python and
# PyTorch. Optional `--driver LIB` after the run command points the runtime at another library
# with the Driver API (e.g. a cuda-cpu harness .so) to rehearse without a GPU. PYTHON names the
# Python with PyTorch (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.tmp/gpu-check

if [ "${1:-}" = prepare ] || [ "${1:-}" = rehearse ]; then
  rm -rf "$OUT" && mkdir -p "$OUT/node_modules"
  flags=()
  if [ "$1" = rehearse ]; then flags=(--rehearse); fi
  node --import tsx scripts/gpu-check/prepare.ts "$OUT" "${flags[@]}"
  npx esbuild scripts/gpu-check/check.ts --bundle --platform=node --format=esm --external:koffi \
    --log-level=warning --outfile="$OUT/check.mjs"
  # koffi without its docs and vendored C sources, and only the glibc x64 binary.
  mkdir -p "$OUT/node_modules/koffi" "$OUT/node_modules/@koromix/koffi-linux-x64"
  cp -r node_modules/koffi/{package.json,index.js,index.cjs,indirect.js,indirect.cjs,lib,src} "$OUT/node_modules/koffi/"
  cp -r node_modules/@koromix/koffi-linux-x64/{package.json,index.js,linux_x64} "$OUT/node_modules/@koromix/koffi-linux-x64/"
  cp scripts/gpu-check/torch_ranet.py "$OUT/"
  if [ "$1" = rehearse ]; then
    node "$OUT/check.mjs" --driver "$PWD/$OUT/harness-{model}.so" --quick
    "${PYTHON:-python3}" "$OUT/torch_ranet.py"
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
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader || true
status=0
"$NODE" "$OUT/check.mjs" "$@" || status=1
"${PYTHON:-python3}" "$OUT/torch_ranet.py" || status=1
exit $status
