// `npm start`: the whole fabric on one machine.
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../../observability/logger.ts';
import { DEMO_MODEL, launch, waitReady } from './launcher.ts';

let config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`weft: ${err.message}\n`);
  process.exit(2);
}
const log = createLogger('launcher', { level: config.logLevel, format: process.env.WEFT_LOG_FORMAT === 'json' ? 'json' : 'pretty' });

let running;
try {
  running = await launch(config, process.env, log);
} catch (err) {
  process.stderr.write(`weft: ${(err as Error).message}\n`);
  process.exit(1);
}
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log.info('stopping Weft');
  await running.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

if (await waitReady(running.url, DEMO_MODEL, 120_000)) {
  process.stdout.write(
    `\nWeft is ready.\n  OpenAI base URL: ${running.url}/v1\n  model:           ${DEMO_MODEL} (synthesized: random weights, gibberish answers)\n` +
    `  try: curl ${running.url}/v1/chat/completions -H 'content-type: application/json' -d '{"model":"${DEMO_MODEL}","messages":[{"role":"user","content":"Hello"}]}'\n` +
    `  Ctrl-C stops everything.\n\n`,
  );
} else {
  log.error('Weft did not become ready within 120 s; see the logs above');
}
