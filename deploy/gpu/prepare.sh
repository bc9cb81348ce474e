#!/usr/bin/env bash
# Packs what a bare NVIDIA test machine needs to run Weft and build its CUDA
# backend, into .gpu/ (ignored by git), within the 64 MiB that one call to
# that machine can carry. Rerun it any time: each piece is rebuilt only when
# its input changed.
#
#   .gpu/node.xz            Node 24's binary (the one npm put in node_modules)
#   .gpu/node_modules.txz   node_modules without the prebuilt llama.cpp
#                           binaries but the CPU one (the executor loads it
#                           at start; the CUDA one alone is 181 MB), Node
#                           itself, TypeScript, the openai client, the
#                           llama.cpp git bundle, onnxruntime's binaries
#                           (loaded only by the ONNX engines: encoders and
#                           Silero VAD, which the GPU runs do not use),
#                           playwright (trace page tests) and LangChain (its
#                           e2e test): 64 MiB is all one call carries
#   .gpu/llama.cpp.txz      llama.cpp's source for node-llama-cpp's pinned
#                           release (from its bundle): what the CUDA build and
#                           llama-server need, nothing else
#   .gpu/nats-server.xz     this machine's nats-server
#
# On the GPU machine, deploy/gpu/setup.sh unpacks them and builds
# node-llama-cpp's CUDA backend (and llama-server beside it) from that source.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=.gpu
mkdir -p "$out"
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || true

# Newer than the input?
fresh() { [ -f "$1" ] && [ "$1" -nt "$2" ]; }

node_bin=node_modules/node/bin/node
[ -x "$node_bin" ] || { echo "prepare: $node_bin is missing: run npm ci first" >&2; exit 1; }
if ! fresh "$out/node.xz" "$node_bin"; then
  echo "prepare: compressing Node ($(du -h "$node_bin" | cut -f1))"
  xz -9 -T0 -c "$node_bin" > "$out/node.xz.tmp" && mv "$out/node.xz.tmp" "$out/node.xz"
fi

if ! fresh "$out/node_modules.txz" package-lock.json; then
  echo "prepare: packing node_modules (without prebuilt binaries)"
  tar -cJf "$out/node_modules.txz.tmp" \
    --exclude='node_modules/node' \
    --exclude='node_modules/@node-llama-cpp/linux-x64-*' --exclude='node_modules/@node-llama-cpp/linux-arm*' \
    --exclude='node_modules/@node-llama-cpp/mac-*' --exclude='node_modules/@node-llama-cpp/win-*' \
    --exclude='node_modules/typescript' --exclude='node_modules/openai' \
    --exclude='node_modules/node-llama-cpp/llama/gitRelease.bundle' \
    --exclude='node_modules/node-llama-cpp/llama/localBuilds' \
    --exclude='node_modules/node-llama-cpp/llama/llama.cpp' \
    --exclude='node_modules/.bin/node' \
    --exclude='node_modules/onnxruntime-node/bin' \
    --exclude='node_modules/playwright-core' \
    --exclude='node_modules/@langchain' --exclude='node_modules/langsmith' \
    --exclude='node_modules/js-tiktoken' \
    node_modules
  mv "$out/node_modules.txz.tmp" "$out/node_modules.txz"
fi

bundle=node_modules/node-llama-cpp/llama/gitRelease.bundle
if ! fresh "$out/llama.cpp.txz" "$bundle"; then
  echo "prepare: extracting llama.cpp's source from $bundle"
  src=$(mktemp -d)
  trap 'rm -rf "$src"' EXIT
  git clone --quiet "$bundle" "$src/llama.cpp"
  # The library, its CMake files and the tools (llama-server and
  # llama-batched-bench among them, and the script tools/ui's CMake runs);
  # no docs, tests, examples or models.
  (cd "$src/llama.cpp" && tar -cJf - --exclude='*.gguf' \
    CMakeLists.txt cmake ggml src include common vendor tools licenses LICENSE \
    scripts/ui-assets.cmake \
    ) > "$out/llama.cpp.txz.tmp"
  mv "$out/llama.cpp.txz.tmp" "$out/llama.cpp.txz"
fi

nats=$(command -v nats-server || true)
[ -n "$nats" ] || { echo "prepare: nats-server is not installed here (Debian: apt-get install nats-server)" >&2; exit 1; }
if ! fresh "$out/nats-server.xz" "$nats"; then
  xz -9 -T0 -c "$nats" > "$out/nats-server.xz.tmp" && mv "$out/nats-server.xz.tmp" "$out/nats-server.xz"
fi

du -ch "$out"/* | tail -1 | sed 's/^/prepare: .gpu\/ holds /'
