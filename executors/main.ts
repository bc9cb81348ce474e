// Executor process: serves models over gRPC and heartbeats on NATS.
// First, before any module can start libuv's threadpool (see the module).
import './one-libuv-thread.ts';
import { loadConfig } from '../deploy/config.ts';
import { runProcess } from '../deploy/process.ts';
import { startExecutor } from './executor.ts';

await runProcess('executor', (config, log) => startExecutor(config, log), loadConfig);
