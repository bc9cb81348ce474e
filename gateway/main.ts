// Gateway process: OpenAI-compatible HTTP/SSE in, NATS out.
import { loadConfig } from '../deploy/config.ts';
import { runProcess } from '../deploy/process.ts';
import { startGateway } from './gateway.ts';

await runProcess('gateway', (config, log) => startGateway(config, log), loadConfig);
