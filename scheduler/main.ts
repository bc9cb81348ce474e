// Scheduler process: NATS queue group → executor placement → gRPC relay.
import { loadConfig } from '../deploy/config.ts';
import { runProcess } from '../deploy/process.ts';
import { startScheduler } from './scheduler.ts';

await runProcess('scheduler', (config, log) => startScheduler(config, log), loadConfig);
