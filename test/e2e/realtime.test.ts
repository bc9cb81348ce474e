// A voice client's view: the official openai package's Realtime WebSocket
// client (openai/realtime/ws) against a real fabric: nats-server, gateway,
// scheduler and an executor serving Silero VAD (onnxruntime), PocketSphinx,
// eSpeak NG and the synthesized GGUF chat model. Speech made by eSpeak NG
// is streamed in 20 ms frames at real-time pace. The LLM's weights are
// random, so its words are gibberish: the LLM stage is asserted by
// structure, the speech stages by content.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import OpenAI from 'openai';
import { OpenAIRealtimeWS } from 'openai/realtime/ws';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';
import { pcm16Bytes, pcm16Samples } from '../../audio/pcm.ts';
import { decodeWav, encodeWav } from '../../audio/wav.ts';
import { concat, silence, SILERO_VAD_PATH, speech, SPHINX_EN_US_PATH } from '../support/speech.ts';
import { tlsProxy } from '../support/tls-proxy.ts';

const MODEL = 'tiny-chat';
let fabric: Fabric;
let proxy: Awaited<ReturnType<typeof tlsProxy>>;
let client: OpenAI;
/** Plain HTTP, for the audio endpoints. */
let http: OpenAI;

before(async () => {
  const modelsFile = writeModels(tmpdir(), [
    { name: MODEL, path: await tinyModelPath(), slots: 2, contextSize: 1024 },
    { name: 'silero-vad', engine: 'onnxruntime', path: SILERO_VAD_PATH, slots: 2 },
    { name: 'pocketsphinx-en-us', engine: 'pocketsphinx', path: SPHINX_EN_US_PATH, slots: 1 },
    { name: 'espeak-ng', engine: 'espeak-ng', path: 'espeak-ng:', slots: 2 },
  ]);
  fabric = await Fabric.start({ modelsFile, waitForModels: [MODEL, 'silero-vad', 'pocketsphinx-en-us', 'espeak-ng'] });
  proxy = await tlsProxy(new URL(fabric.gatewayUrl));
  client = new OpenAI({ baseURL: `${proxy.url}/v1`, apiKey: 'unused-auth-is-off', maxRetries: 0 });
  http = new OpenAI({ baseURL: `${fabric.gatewayUrl}/v1`, apiKey: 'unused-auth-is-off', maxRetries: 0 });
});

after(async () => {
  await proxy?.close();
  await fabric?.stop();
});

type Ev = { type: string; [k: string]: any };

async function connect(opts: { beta?: boolean } = {}): Promise<{ rt: OpenAIRealtimeWS; events: Ev[]; next(type: string, from?: number): Promise<Ev> }> {
  const rt = new OpenAIRealtimeWS({ model: MODEL, options: { rejectUnauthorized: false, ...(opts.beta ? { headers: { 'OpenAI-Beta': 'realtime=v1' } } : {}) } } as any, client);
  const events: Ev[] = [];
  rt.on('event', (e: Ev) => events.push(e));
  rt.on('error', () => undefined); // error events are asserted from `events`
  await new Promise((resolve, reject) => {
    rt.socket.once('open', resolve);
    rt.socket.once('error', reject);
  });
  const next = async (type: string, from = 0) => {
    await until(type, () => events.slice(from).some((e) => e.type === type), 20_000);
    return events.slice(from).find((e) => e.type === type)!;
  };
  await next('session.created');
  return { rt, events, next };
}

function send(rt: OpenAIRealtimeWS, ev: object) {
  rt.send(ev as any);
}

/** Streams samples (24 kHz) in 20 ms frames at real-time pace. */
async function stream(rt: OpenAIRealtimeWS, samples: Int16Array) {
  const frame = 480;
  const t0 = performance.now();
  for (let i = 0, n = 0; i < samples.length; i += frame, n++) {
    send(rt, { type: 'input_audio_buffer.append', audio: Buffer.from(pcm16Bytes(samples.subarray(i, i + frame))).toString('base64') });
    const wait = t0 + (n + 1) * 20 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

const types = (events: Ev[]) => events.map((e) => e.type);
function inOrder(seq: string[], wanted: string[]) {
  let at = 0;
  for (const w of wanted) {
    const i = seq.indexOf(w, at);
    assert.ok(i >= 0, `${w} missing after ${seq[at - 1]} in ${seq.join(', ')}`);
    at = i + 1;
  }
}

describe('Realtime voice sessions', () => {
  test('server VAD: speech in, transcript, a streamed spoken answer, response.done with usage', async () => {
    const { rt, events, next } = await connect();
    send(rt, { type: 'session.update', session: { type: 'realtime', instructions: 'Answer briefly.', max_output_tokens: 12 } });
    await next('session.updated');
    await stream(rt, concat(silence(300), speech('what is the capital of France'), silence(900)));
    const done = await next('response.done');
    const seq = types(events);
    inOrder(seq, [
      'session.created', 'session.updated', 'input_audio_buffer.speech_started', 'input_audio_buffer.speech_stopped',
      'input_audio_buffer.committed', 'conversation.item.added', 'conversation.item.input_audio_transcription.completed',
      'response.created', 'response.output_item.added', 'response.content_part.added', 'response.output_audio_transcript.delta',
      'response.output_audio.delta', 'response.output_audio.done', 'response.output_audio_transcript.done', 'response.content_part.done',
      'response.output_item.done', 'response.done',
    ]);
    const started = events.find((e) => e.type === 'input_audio_buffer.speech_started')!;
    const stopped = events.find((e) => e.type === 'input_audio_buffer.speech_stopped')!;
    assert.ok(started.audio_start_ms >= 0 && started.audio_start_ms < 600, `speech started at ${started.audio_start_ms}`);
    assert.ok(stopped.audio_end_ms > started.audio_start_ms + 1000, `speech ${started.audio_start_ms}-${stopped.audio_end_ms}`);
    const transcript = events.find((e) => e.type === 'conversation.item.input_audio_transcription.completed')!.transcript as string;
    assert.match(transcript, /what/);
    assert.match(transcript, /capital/);
    // Audio deltas decode to pcm16 at 24 kHz, as long as the transcript's speech plausibly lasts.
    const audioBytes = events.filter((e) => e.type === 'response.output_audio.delta').reduce((n, e) => n + Buffer.from(e.delta, 'base64').length, 0);
    assert.equal(audioBytes % 2, 0);
    const spoken = (events.find((e) => e.type === 'response.output_audio_transcript.done')!.transcript as string).trim();
    const secs = audioBytes / 2 / 24_000;
    if (spoken) assert.ok(secs > 0.05 && secs < spoken.length * 0.5 + 2, `${secs} s of audio for ${JSON.stringify(spoken)}`);
    assert.ok(['completed', 'incomplete'].includes(done.response.status), done.response.status);
    assert.ok(done.response.usage.input_tokens > 0);
    assert.ok(done.response.usage.output_tokens > 0);
    assert.equal(done.response.usage.total_tokens, done.response.usage.input_tokens + done.response.usage.output_tokens);
    rt.close();
  });

  test('server VAD on audio sent faster than real time (a recording in one go): each utterance is its own turn, transcribed whole', async () => {
    const { rt, events } = await connect();
    send(rt, { type: 'session.update', session: { type: 'realtime', audio: { input: { turn_detection: { type: 'server_vad', create_response: false } } } } });
    const question = concat(speech('what is the capital of France'), silence(900));
    const audio = concat(silence(300), question, question);
    for (let i = 0; i < audio.length; i += 480) send(rt, { type: 'input_audio_buffer.append', audio: Buffer.from(pcm16Bytes(audio.subarray(i, i + 480))).toString('base64') });
    const heard = await until('two transcripts', () => {
      const done = events.filter((e) => e.type === 'conversation.item.input_audio_transcription.completed');
      return done.length >= 2 && done;
    }, 20_000);
    for (const t of heard) assert.match(t.transcript, /capital/, JSON.stringify(heard.map((h) => h.transcript)));
    const stopped = events.filter((e) => e.type === 'input_audio_buffer.speech_stopped');
    assert.equal(stopped.length, 2);
    // The second utterance starts about where the first one's audio and its silence end (speech ~1.7 s, 0.9 s of silence).
    const started = events.filter((e) => e.type === 'input_audio_buffer.speech_started');
    assert.ok(started[1]!.audio_start_ms > stopped[0]!.audio_end_ms, JSON.stringify([started, stopped]));
    rt.close();
  });

  test('manual mode (turn_detection null), text-only response; beta event names on the beta protocol', async () => {
    const { rt, events, next } = await connect({ beta: true });
    send(rt, { type: 'session.update', session: { turn_detection: null, modalities: ['text'], max_response_output_tokens: 6 } });
    const updated = await next('session.updated');
    assert.equal(updated.session.turn_detection, null);
    await stream(rt, speech('what is the capital of France'));
    assert.ok(!types(events).includes('input_audio_buffer.speech_started'), 'no VAD events in manual mode');
    send(rt, { type: 'input_audio_buffer.commit' });
    await next('input_audio_buffer.committed');
    send(rt, { type: 'response.create' });
    const done = await next('response.done');
    const seq = types(events);
    inOrder(seq, ['conversation.item.created', 'response.created', 'response.output_item.added', 'response.content_part.added', 'response.text.done', 'response.done']);
    assert.ok(!seq.includes('response.audio.delta') && !seq.includes('response.output_audio.delta'));
    assert.match(events.find((e) => e.type === 'conversation.item.input_audio_transcription.completed')!.transcript, /capital/);
    // A reply cut by max_output_tokens is 'incomplete', as OpenAI reports it.
    assert.ok(['completed', 'incomplete'].includes(done.response.status), done.response.status);
    assert.ok(done.response.usage.output_tokens >= 1 && done.response.usage.output_tokens <= 6);
    rt.close();
  });

  test('bad input: an error event each, and the session goes on', async () => {
    const { rt, events, next } = await connect();
    const errorsFrom = (i: number) => events.slice(i).filter((e) => e.type === 'error');
    const cases: [string, string][] = [
      ['not json {', 'invalid_json'],
      [JSON.stringify({ type: 'no.such.event', event_id: 'ev1' }), 'invalid_event_type'],
      [JSON.stringify({ type: 'input_audio_buffer.append', audio: '***not base64***' }), 'invalid_value'],
      [JSON.stringify({ type: 'input_audio_buffer.append', audio: 'A'.repeat(16 * 1024 * 1024 * 4 / 3 + 4) }), 'invalid_value'],
      [JSON.stringify({ type: 'input_audio_buffer.commit' }), 'input_audio_buffer_commit_empty'],
      [JSON.stringify({ type: 'response.cancel' }), 'response_cancel_not_active'],
    ];
    for (const [frame, code] of cases) {
      const from = events.length;
      rt.socket.send(frame);
      await until(code, () => errorsFrom(from).length > 0, 10_000);
      const e = errorsFrom(from)[0]!;
      assert.equal(e.error.code, code, frame.slice(0, 60));
      assert.equal(e.error.type, 'invalid_request_error');
      assert.ok('param' in e.error && 'event_id' in e.error && typeof e.error.message === 'string');
    }
    assert.equal(events.find((e) => e.type === 'error' && e.error.code === 'invalid_event_type')!.error.event_id, 'ev1');
    // Still alive: a text turn is answered.
    const from = events.length;
    send(rt, { type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hello' }] } });
    send(rt, { type: 'response.create', response: { output_modalities: ['text'], max_output_tokens: 4 } });
    const done = await next('response.done', from);
    assert.ok(['completed', 'incomplete'].includes(done.response.status), done.response.status);
    rt.close();
  });

  test('a plain GET (no upgrade) gets an OpenAI error object', async () => {
    const r = await fetch(`${fabric.gatewayUrl}/v1/realtime?model=nope`, { headers: { upgrade: 'websocket', connection: 'Upgrade', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' } }).catch((e) => e);
    // fetch cannot upgrade; a plain GET gets the OpenAI error object.
    const plain = await fetch(`${fabric.gatewayUrl}/v1/realtime?model=${MODEL}`);
    assert.equal(plain.status, 426);
    assert.equal((await plain.json()).error.code, 'upgrade_required');
    void r;
  });
});

describe('audio endpoints through the fabric', () => {
  test('POST /v1/audio/speech gives WAVE at 24 kHz; POST /v1/audio/transcriptions hears it', async () => {
    const res = await http.audio.speech.create({ model: 'espeak-ng', input: 'what is the capital of France', voice: 'alloy', response_format: 'wav' });
    const wav = new Uint8Array(await res.arrayBuffer());
    const decoded = decodeWav(wav);
    assert.equal(decoded.sampleRate, 24_000);
    assert.ok(decoded.samples.length / 24_000 > 1 && decoded.samples.length / 24_000 < 5);
    const file = new File([encodeWav(pcm16Bytes(speech('what is the capital of France', 16_000)), 16_000) as Uint8Array<ArrayBuffer>], "q.wav", { type: "audio/wav" });
    const t = await http.audio.transcriptions.create({ model: 'pocketsphinx-en-us', file });
    assert.match(t.text, /what is the capital/);
  });

  test('audio endpoint errors are OpenAI error objects', async () => {
    await assert.rejects(http.audio.speech.create({ model: 'espeak-ng', input: 'hi', voice: 'alloy', response_format: 'mp3' }), (e: any) => e.status === 400 && e.error?.param === 'response_format');
    await assert.rejects(http.audio.speech.create({ model: 'nope', input: 'hi', voice: 'alloy' }), (e: any) => e.status === 404 && e.code === 'model_not_found');
    const bad = new File([new Uint8Array(100)], 'x.mp3');
    await assert.rejects(http.audio.transcriptions.create({ model: 'pocketsphinx-en-us', file: bad }), (e: any) => e.status === 400 && e.error?.param === 'file');
  });
});

void pcm16Samples;
