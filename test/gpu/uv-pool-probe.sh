#!/usr/bin/env bash
# On the GPU machine after deploy/gpu/setup.sh: node-llama-cpp in-process on
# CUDA (test/bench/engine-batching.ts), every layer offloaded, N streams, at
# several llama.cpp thread counts and libuv pool sizes: what the host side
# of a GPU step costs, and what sampling in parallel would give.
#   bash test/gpu/uv-pool-probe.sh SHAPES STREAMS POOLS THREADS
#   e.g. bash test/gpu/uv-pool-probe.sh "qwen2-0.5b" "16 64" "1 8" "2 15"
set -uo pipefail
shapes=${1:-qwen2-0.5b qwen2-7b}; streams=${2:-16 64}; pools=${3:-1}; threads=${4:-2}
for shape in $shapes; do
  for n in $streams; do
    for t in $threads; do
      for uv in $pools; do
        GPU=1 THREADS=$t TOKENS=${TOKENS:-100} UV_THREADPOOL_SIZE=$uv timeout 120 node test/bench/engine-batching.ts "$shape" "$n" "$n" 2>&1 | tail -1
      done
    done
  done
done
