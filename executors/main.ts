// Executor process: serves models over gRPC and heartbeats on NATS.
import { loadConfig } from '../deploy/config.ts';
import { runProcess } from '../deploy/process.ts';
import { startExecutor } from './executor.ts';

await runProcess('executor', (config, log) => startExecutor(config, log), loadConfig);
