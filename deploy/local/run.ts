// `npm start`: the whole fabric on one machine (entered through main.ts).
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../../observability/logger.ts';
import { watchParent } from '../parent-watch.ts';
import { DEMO_MODEL, launch, waitReady, type Launched } from './launcher.ts';

// Whoever started us (npm, a shell, a process manager): when it is gone, so
// are we. `npm start` execs us, so npm's SIGTERM reaches us directly; a
// parent that dies without passing a signal on (SIGKILL, a shell that does
// not exec) is noticed here.
const parentAtStart = process.ppid;

let config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`weft: ${err.message}\n`);
  process.exit(2);
}
const log = createLogger('launcher', { level: config.logLevel, format: process.env.WEFT_LOG_FORMAT === 'json' ? 'json' : 'pretty' });

let running: Launched | undefined;
let stopping = false;
const stop = async (why: string, exitCode = 0) => {
  if (stopping) return;
  stopping = true;
  log.info('stopping Weft', { why });
  await running?.stop();
  process.exit(exitCode);
};
const fatal = (message: string) => {
  process.stderr.write(`weft: ${message}\n`);
  void stop(message, 1);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
watchParent(parentAtStart, () => void stop('the process that started Weft exited'));

try {
  running = await launch(config, process.env, log, fatal);
} catch (err) {
  process.stderr.write(`weft: ${(err as Error).message}\n`);
  process.exit(1);
}

const ready = await waitReady(running.url, DEMO_MODEL, running.gatewayPid, 120_000);
if (stopping) {
  // Stopped, or failed, while waiting: that said it all.
} else if (ready) {
  const others = ready.loading.length ? `  still loading:   ${ready.loading.join(', ')}\n` : '';
  process.stdout.write(
    `\nWeft is ready.\n  OpenAI base URL: ${running.url}/v1\n  model:           ${DEMO_MODEL} (synthesized: random weights, gibberish answers)\n${others}` +
    `  try: curl ${running.url}/v1/chat/completions -H 'content-type: application/json' -d '{"model":"${DEMO_MODEL}","messages":[{"role":"user","content":"Hello"}]}'\n` +
    `  Ctrl-C stops everything.\n\n`,
  );
} else {
  log.error(`Weft did not become ready within 120 s (${DEMO_MODEL} not served); see the logs above`);
}
