#!/usr/bin/env bash
# On a bare NVIDIA machine (no Node, no npm, no network), from the repo root
# with .gpu/ carried beside it (deploy/gpu/prepare.sh made it): installs Node
# and nats-server, unpacks node_modules and llama.cpp's source, and builds
# node-llama-cpp's CUDA backend from that source for this machine's GPU, with
# llama-server and llama-batched-bench from the same build tree (the
# baseline runs the very llama.cpp Weft's executor runs).
#
#   bash deploy/gpu/setup.sh [BUILD_CACHE_DIR]
#
# CUDA_ARCH (default: the first GPU's compute capability, e.g. 90 on an
# H200) picks the one architecture compiled, which keeps the build to a few
# minutes on 16 cores. After it, `node` and `nats-server` are on PATH and
# getLlama({gpu: 'cuda'}) loads the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
[ -d .gpu ] || { echo "setup: .gpu/ is missing: run deploy/gpu/prepare.sh on a machine with npm, and carry .gpu" >&2; exit 1; }
bin=/usr/local/bin
step() { echo "setup: $* ($(date +%T))"; }

step "installing Node and nats-server into $bin"
xz -dc .gpu/node.xz > "$bin/node" && chmod +x "$bin/node"
xz -dc .gpu/nats-server.xz > "$bin/nats-server" && chmod +x "$bin/nats-server"
node --version

step "unpacking node_modules"
tar -xJf .gpu/node_modules.txz
llama=node_modules/node-llama-cpp/llama
if [ -f .gpu/llama.cpp.txz ]; then
  mkdir -p "$llama/llama.cpp"
  tar -xJf .gpu/llama.cpp.txz -C "$llama/llama.cpp"
  # node-llama-cpp counts its source as downloaded when the folder is a git
  # checkout and llama.cpp.info.json (shipped) names the release.
  mkdir -p "$llama/llama.cpp/.git"
fi

# node-llama-cpp builds by running `npm run -s cmake-js-llama -- ARGS`; that
# script is `cd llama && cmake-js ARGS`. This machine has no npm: a stand-in
# runs exactly that.
shim=$(mktemp -d)
cat > "$shim/npm" <<EOF
#!/usr/bin/env bash
[ "\$1 \$2 \$3 \$4" = "run -s cmake-js-llama --" ] || { echo "npm stand-in: only 'npm run -s cmake-js-llama -- ARGS' is supported" >&2; exit 1; }
shift 4
cd "$root/$llama" && exec node "$root/node_modules/cmake-js/bin/cmake-js" "\$@"
EOF
chmod +x "$shim/npm"
export PATH="$shim:$PATH"

if ls .gpu/build.txz.* >/dev/null 2>&1; then
  # A build made earlier on a machine like this one (its Release folder,
  # packed by the GPU bench command as build.txz.aa, .ab, ...): no rebuild.
  step "unpacking an earlier CUDA build"
  mkdir -p "$llama/localBuilds" && cat .gpu/build.txz.* | xz -dc | tar -x -C "$llama/localBuilds"
  node -e "import('node-llama-cpp').then(async ({getLlama}) => { const l = await getLlama({gpu: 'cuda', build: 'never'}); console.log('setup: getLlama loads the build, gpu:', l.gpu); await l.dispose(); })"
  exit 0
fi

arch=${CUDA_ARCH:-$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader | head -1 | tr -d '.')}
step "building node-llama-cpp's CUDA backend for sm_$arch, with llama-server and llama-batched-bench"
export NODE_LLAMA_CPP_CMAKE_OPTION_CMAKE_CUDA_ARCHITECTURES="$arch"
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_BUILD_TOOLS=ON
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_BUILD_SERVER=ON
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_CURL=OFF
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_OPENSSL=OFF
# llama-server's web UI would be fetched from Hugging Face: no network here,
# and the baseline runs with --no-webui.
export NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_USE_PREBUILT_UI=OFF
node node_modules/node-llama-cpp/dist/cli/cli.js source build --gpu cuda --noUsageExample
built=$(find "$llama/localBuilds" -mindepth 1 -maxdepth 1 -type d -name 'linux-x64-cuda*' | head -1)
[ -n "$built" ] || { echo "setup: the build left no linux-x64-cuda folder under $llama/localBuilds" >&2; exit 1; }
# node-llama-cpp names a build folder after its custom CMake options and
# looks a build up by the options of the process asking for it: under the
# plain name, getLlama({gpu: 'cuda'}) finds it with no options set.
out="$llama/localBuilds/linux-x64-cuda"
if [ "$built" != "$out" ]; then rm -rf "$out"; mv "$built" "$out"; fi
for tool in llama-server llama-batched-bench; do
  found=$(find "$out" -type f -name "$tool" -perm -u+x | head -1)
  [ -n "$found" ] || { echo "setup: the build made no $tool" >&2; exit 1; }
  [ "$found" -ef "$out/Release/$tool" ] || cp "$found" "$out/Release/$tool"
done
# Checked as the executor will ask for it: without the build options.
unset "${!NODE_LLAMA_CPP_CMAKE_OPTION_@}"
node -e "import('node-llama-cpp').then(async ({getLlama}) => { const l = await getLlama({gpu: 'cuda', build: 'never'}); console.log('setup: getLlama loads the build, gpu:', l.gpu, await l.getGpuDeviceNames()); await l.dispose(); })"
step "built into $out/Release"
