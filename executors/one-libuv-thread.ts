// Imported first by the executor's main.ts, before anything can start libuv's
// threadpool: libuv reads UV_THREADPOOL_SIZE once, when the pool first starts.
//
// node-llama-cpp runs every llama_decode and every sequence's sampling as an
// async worker on that pool (4 threads by default), so consecutive decodes
// are issued from different threads. llama.cpp's CPU backend, built without
// OpenMP in node-llama-cpp, starts fresh worker threads for each graph and
// syncs them at spinning barriers. Measured on a 2-core machine, 2 llama.cpp
// threads, 16 streams of the synthesized `small` model in-process: with the
// default pool a decode took 71 ms instead of 5.6 ms (95% of the samples in
// ggml_barrier, one core idle) and throughput fell from 2,265 to 143–274
// tokens/s; with one pool thread every call comes from the same thread, as in
// llama-server, and it did not. The cost: other async native work in this
// process (model loads, onnxruntime runs, fs) queues behind a running decode.
// An explicit UV_THREADPOOL_SIZE wins.
process.env.UV_THREADPOOL_SIZE ??= '1';
