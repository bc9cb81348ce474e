// Realtime sessions beyond the happy path, against a real fabric with API
// keys on (nats-server, gateway, scheduler, one executor serving Silero VAD,
// PocketSphinx, eSpeak NG and the synthesized GGUF chat model), every
// process exporting its spans to a test OTLP receiver:
//   - barge-in and a vanished client stop the work on the executor (the
//     cluster view's outstanding requests and busy slots drop to 0 while the
//     reply is far from its token cap);
//   - authentication on the upgrade (Bearer header, the browser subprotocol
//     form; bad or missing keys are a 401 with an OpenAI error object) and
//     the per-tenant session limit (429 at the upgrade);
//   - out-of-band responses, conversation.item.retrieve|delete|truncate,
//     G.711 µ-law in and out;
//   - a voice turn's trace: VAD decision, transcription, LLM TTFT and
//     tokens, first audio, and a span per stage.
// Raw `ws` sockets, so headers, subprotocols and refused upgrades are visible.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import WebSocket from 'ws';
import { newKey } from '../../gateway/auth.ts';
import { Fabric, type ClusterView } from '../harness/processes.ts';
import { OtlpReceiver } from '../harness/otlp-receiver.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';
import { pcm16Bytes } from '../../audio/pcm.ts';
import { decodeG711, encodeG711 } from '../../audio/g711.ts';
import { concat, silence, SILERO_VAD_PATH, speech, SPHINX_EN_US_PATH } from '../support/speech.ts';

const MODEL = 'tiny-rt';
/** A reply cap the tiny model takes seconds to reach (its context is 2048): only a cancel ends such a reply early. */
const CAP = 1900;
const MAX_SESSIONS = 2;
const user = newKey('acme', 'user');
const other = newKey('globex', 'user');
const admin = newKey('ops', 'admin');
let fabric: Fabric;
let otlp: OtlpReceiver;
let wsUrl: string;

before(async () => {
  otlp = await OtlpReceiver.start();
  const keysFile = join(tmpdir(), `weft-rt-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify({ keys: [user.record, other.record, admin.record] }));
  const modelsFile = writeModels(tmpdir(), [
    { name: MODEL, path: await tinyModelPath(), slots: 2, contextSize: 2048 },
    { name: 'silero-vad', engine: 'onnxruntime', path: SILERO_VAD_PATH, slots: 2 },
    { name: 'pocketsphinx-en-us', engine: 'pocketsphinx', path: SPHINX_EN_US_PATH, slots: 1 },
    { name: 'espeak-ng', engine: 'espeak-ng', path: 'espeak-ng:', slots: 2 },
  ]);
  fabric = await Fabric.start({
    modelsFile, env: otlp.env(),
    gatewayEnv: { WEFT_API_KEYS: keysFile, WEFT_REALTIME_MAX_SESSIONS: String(MAX_SESSIONS) },
  });
  await fabric.waitForModels([MODEL, 'silero-vad', 'pocketsphinx-en-us', 'espeak-ng']);
  wsUrl = `${fabric.gatewayUrl.replace(/^http/, 'ws')}/v1/realtime?model=${MODEL}`;
});

after(async () => {
  await fabric?.stop();
  await otlp?.close();
});

type Ev = { type: string; [k: string]: any };

interface Conn {
  ws: WebSocket;
  events: Ev[];
  send(ev: object): void;
  /** The first event of `type` at or after index `from` (and matching `where`), waited for. */
  next(type: string, from?: number, where?: (e: Ev) => boolean, timeoutMs?: number): Promise<Ev>;
  close(): Promise<void>;
}

interface Opts {
  key?: string;
  /** Subprotocols offered; the key goes in one of them when `viaSubprotocol`. */
  viaSubprotocol?: boolean;
  protocols?: string[];
}

function open(o: Opts): WebSocket {
  const protocols = o.protocols ?? (o.viaSubprotocol && o.key ? ['realtime', `openai-insecure-api-key.${o.key}`] : undefined);
  const headers: Record<string, string> = !o.viaSubprotocol && o.key ? { authorization: `Bearer ${o.key}` } : {};
  return new WebSocket(wsUrl, protocols, { headers });
}

async function connect(o: Opts = { key: user.key }): Promise<Conn> {
  const ws = open(o);
  const events: Ev[] = [];
  ws.on('message', (d) => events.push({ ...JSON.parse(String(d)), at: Date.now() }));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  const find = (type: string, from: number, where?: (e: Ev) => boolean) => events.slice(from).find((e) => e.type === type && (!where || where(e)));
  const conn: Conn = {
    ws, events,
    send: (ev) => ws.send(JSON.stringify(ev)),
    next: (type, from = 0, where, timeoutMs = 20_000) => until(type, () => find(type, from, where), timeoutMs, 10),
    close: () => new Promise((resolve) => {
      if (ws.readyState === WebSocket.CLOSED) return resolve();
      ws.once('close', () => resolve());
      ws.close();
    }),
  };
  await conn.next('session.created');
  return conn;
}

/** An upgrade the gateway refuses: its HTTP status and body. */
function refused(o: Opts): Promise<{ status: number; body: any }> {
  const ws = open(o);
  return new Promise((resolve, reject) => {
    ws.once('open', () => reject(new Error('the upgrade was accepted')));
    ws.once('error', () => undefined);
    ws.once('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        } catch {
          reject(new Error(`status ${res.statusCode}, body not JSON: ${JSON.stringify(text)}`));
        }
      });
    });
  });
}

/** Streams 24 kHz pcm16 in 20 ms frames at real-time pace (`stop()` ends it early). */
function stream(c: Conn, samples: Int16Array): { done: Promise<void>; stop(): void } {
  let stopped = false;
  const done = (async () => {
    const t0 = performance.now();
    for (let i = 0, n = 0; i < samples.length && !stopped; i += 480, n++) {
      if (c.ws.readyState !== WebSocket.OPEN) return;
      c.send({ type: 'input_audio_buffer.append', audio: Buffer.from(pcm16Bytes(samples.subarray(i, i + 480))).toString('base64') });
      const wait = t0 + (n + 1) * 20 - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  return { done, stop: () => (stopped = true) };
}

const view = (): Promise<ClusterView> => fabric.clusterView(admin.key);
const chatBusy = (v: ClusterView) => v.executors.flatMap((e) => e.models).filter((m) => m.name === MODEL).reduce((n, m) => n + m.slots_busy, 0);
const idle = (v: ClusterView) => v.executors.every((e) => e.outstanding === 0 && e.models.every((m) => m.slots_busy === 0));
const audioBytes = (events: Ev[], responseId: string) => events
  .filter((e) => e.type === 'response.output_audio.delta' && e.response_id === responseId)
  .reduce((n, e) => n + Buffer.from(e.delta, 'base64').length, 0);
const textItem = (text: string, id?: string) => ({ type: 'conversation.item.create', item: { ...(id ? { id } : {}), type: 'message', role: 'user', content: [{ type: 'input_text', text }] } });

/**
 * Starts a long reply and waits until the executor generates it (and, spoken,
 * audio flows). Greedy on the random-weight model usually runs to the cap,
 * but not always: the same prompt's logits differ in the last bits with the
 * batch it is decoded in, and a reply can meet <|im_end|> after a few dozen
 * tokens. With `waitBusy`, a reply that ended before the executor was seen
 * generating it does not count: another is started (up to 5).
 */
async function longReply(c: Conn, modality: 'audio' | 'text', waitBusy = true): Promise<Ev> {
  for (let attempt = 1; ; attempt++) {
    const from = c.events.length;
    c.send(textItem('Tell me a very long story about the sea.'));
    c.send({ type: 'response.create', response: { max_output_tokens: CAP, temperature: 0, output_modalities: [modality] } });
    const created = await c.next('response.created', from);
    await c.next(modality === 'audio' ? 'response.output_audio.delta' : 'response.output_text.delta', from);
    if (!waitBusy) return created;
    const seen = await until('the chat model generating on the executor, or the reply ending', async () =>
      chatBusy(await view()) > 0 ? 'generating' : c.events.slice(from).some((e) => e.type === 'response.done') && 'ended', 10_000, 20);
    if (seen === 'generating') return created;
    if (attempt === 5) throw new Error('five replies in a row ended before the executor was seen generating them');
  }
}

const tokensTotal = async () => (await view()).executors.reduce((n, e) => n + e.tokens_generated_total, 0);
const toIdle = () => until('the executor to hold no request and no busy slot', async () => idle(await view()), 5_000, 20);

describe('barge-in and vanished clients stop the work on the executors', () => {
  test('speech during a response cancels it (turn_detected) and frees the executor', async () => {
    const c = await connect();
    // No automatic response to the interruption itself: what runs after the cancel is only the cancelled work winding down.
    c.send({ type: 'session.update', session: { instructions: 'Talk at length.', audio: { input: { turn_detection: { type: 'server_vad', create_response: false } } } } });
    await c.next('session.updated');
    const tokensBefore = await tokensTotal();
    // Interrupted as soon as it speaks (the timing below shows the chat model was still generating).
    const created = await longReply(c, 'audio', false);
    const id = created.response.id;
    const from = c.events.length;
    const talk = stream(c, concat(speech('wait, stop'), silence(700)));
    const started = await c.next('input_audio_buffer.speech_started', from);
    const done = await c.next('response.done', from, (e) => e.response.id === id);
    assert.ok(c.events.indexOf(started) < c.events.indexOf(done), 'cancelled after speech started');
    assert.equal(done.response.status, 'cancelled');
    assert.deepEqual(done.response.status_details, { type: 'cancelled', reason: 'turn_detected' });
    // Nothing of the response after its response.done.
    const afterDone = c.events.slice(c.events.indexOf(done) + 1).filter((e) => e.response_id === id);
    assert.deepEqual(afterDone.map((e) => e.type), []);
    // The executor holds nothing afterwards, and the chat model stopped short of the reply's cap: the cancel
    // reached the executor (counted by its engines, not timed: a faster engine must not fail this).
    await toIdle();
    const generated = (await tokensTotal()) - tokensBefore;
    assert.ok(generated > 0 && generated < CAP, `${generated} tokens generated for a reply capped at ${CAP}`);
    // The interruption became a user item (transcribed), with no response of its own.
    await talk.done;
    await c.next('input_audio_buffer.committed', from);
    assert.equal(c.events.slice(from).filter((e) => e.type === 'response.created').length, 0);
    await c.close();
  });

  test('a client that vanishes mid-response: its work on the executor stops', async () => {
    const c = await connect();
    const before = await tokensTotal();
    await longReply(c, 'text');
    const goneAt = Date.now();
    c.ws.terminate(); // no close frame: the TCP connection just ends
    await toIdle();
    // Counted by the executor's engines: far fewer tokens than the reply's cap.
    const generated = (await tokensTotal()) - before;
    assert.ok(generated > 0 && generated < CAP / 2, `${generated} tokens generated for a reply capped at ${CAP}`);
    // The slot is free for others at once: a plain chat request runs.
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { authorization: `Bearer ${user.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 }),
    });
    assert.equal(r.status, 200);
    assert.ok(Date.now() - goneAt < 10_000);
  });
});

describe('authentication and limits at the upgrade', () => {
  test('a Bearer header is accepted', async () => {
    const c = await connect({ key: user.key });
    assert.equal(c.events[0]!.type, 'session.created');
    await c.close();
  });

  test('the browser form: the key in an openai-insecure-api-key subprotocol; "realtime" is echoed, never the key', async () => {
    const c = await connect({ key: user.key, viaSubprotocol: true });
    assert.equal(c.ws.protocol, 'realtime');
    await c.close();
  });

  test('a missing or wrong key is a 401 with an OpenAI error object, before any upgrade', async () => {
    for (const o of [{}, { key: 'sk-weft-wrong' }, { key: 'sk-weft-wrong', viaSubprotocol: true }, { protocols: ['realtime'] }]) {
      const r = await refused(o);
      assert.equal(r.status, 401, JSON.stringify(o));
      assert.deepEqual(Object.keys(r.body.error).sort(), ['code', 'message', 'param', 'type']);
      assert.equal(r.body.error.code, 'invalid_api_key');
    }
  });

  test('an unknown model is a 404 model_not_found at the upgrade', async () => {
    const ws = new WebSocket(wsUrl.replace(MODEL, 'no-such-model'), { headers: { authorization: `Bearer ${user.key}` } });
    const status = await new Promise<{ status: number; body: any }>((resolve) => {
      ws.once('error', () => undefined);
      ws.once('unexpected-response', (_req, res) => {
        let t = '';
        res.on('data', (d) => (t += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(t) }));
      });
    });
    assert.equal(status.status, 404);
    assert.equal(status.body.error.code, 'model_not_found');
  });

  test(`WEFT_REALTIME_MAX_SESSIONS=${MAX_SESSIONS}: one more session of the tenant is a 429; other tenants are not affected; a closed session frees its place`, async () => {
    const open = [await connect({ key: other.key }), await connect({ key: other.key })];
    const r = await refused({ key: other.key });
    assert.equal(r.status, 429);
    assert.equal(r.body.error.type, 'rate_limit_error');
    assert.equal(r.body.error.code, 'session_limit');
    const another = await connect({ key: user.key });
    await another.close();
    await open[0]!.close();
    const again = await until('a place for the tenant again', async () => {
      try {
        return await connect({ key: other.key });
      } catch {
        return undefined;
      }
    }, 5_000, 50);
    await again.close();
    await open[1]!.close();
  });
});

describe('conversation control, out-of-band responses, G.711', () => {
  test('an out-of-band response runs beside the conversation\'s, reads only its own input and leaves the conversation alone', async () => {
    const c = await connect();
    c.send({ type: 'session.update', session: { output_modalities: ['text'] } });
    await c.next('session.updated');
    c.send(textItem(`Remember these words: ${'harbor lantern '.repeat(100)}`));
    c.send({ type: 'response.create', response: { max_output_tokens: CAP } });
    const main = await c.next('response.created');
    const from = c.events.length;
    c.send({
      type: 'response.create',
      response: {
        conversation: 'none', output_modalities: ['text'], max_output_tokens: 3, metadata: { purpose: 'classify' },
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] }],
      },
    });
    const oob = await c.next('response.done', from, (e) => e.response.metadata?.purpose === 'classify');
    assert.notEqual(oob.response.id, main.response.id);
    assert.equal(oob.response.conversation_id, null);
    assert.ok(['completed', 'incomplete'].includes(oob.response.status), oob.response.status);
    // Its input was the one short item, not the 200-word conversation.
    assert.ok(oob.response.usage.input_tokens > 0 && oob.response.usage.input_tokens < 40, `input_tokens ${oob.response.usage.input_tokens}`);
    const oobItem = oob.response.output[0].id;
    assert.ok(!c.events.some((e) => e.type.startsWith('conversation.item.') && e.item?.id === oobItem), 'an out-of-band item reached the conversation');
    // The conversation's response went on meanwhile; a retrieve of the out-of-band item finds nothing.
    assert.ok(!c.events.some((e) => e.type === 'response.done' && e.response.id === main.response.id));
    const r = c.events.length;
    c.send({ type: 'conversation.item.retrieve', item_id: oobItem, event_id: 'ev_oob' });
    const err = await c.next('error', r);
    assert.equal(err.error.code, 'item_not_found');
    assert.equal(err.error.event_id, 'ev_oob');
    c.send({ type: 'response.cancel' });
    const cancelled = await c.next('response.done', r, (e) => e.response.id === main.response.id);
    assert.deepEqual(cancelled.response.status_details, { type: 'cancelled', reason: 'client_cancelled' });
    await c.close();
  });

  test('conversation.item.retrieve, delete (the LLM no longer reads the item) and truncate', async () => {
    const c = await connect();
    c.send({ type: 'session.update', session: { turn_detection: null, temperature: 0 } });
    await c.next('session.updated');
    c.send(textItem(`Context: ${'harbor lantern '.repeat(100)}`, 'item_long'));
    c.send(textItem('Hello there', 'item_hello'));
    let from = c.events.length;
    c.send({ type: 'conversation.item.retrieve', item_id: 'item_hello' });
    const got = await c.next('conversation.item.retrieved', from);
    assert.equal(got.item.id, 'item_hello');
    assert.equal(got.item.content[0].text, 'Hello there');

    // A spoken reply: the assistant item to truncate.
    from = c.events.length;
    c.send({ type: 'response.create', response: { max_output_tokens: 16 } });
    const spoken = await c.next('response.done', from);
    const withLong = spoken.response.usage.input_tokens;
    const assistant = spoken.response.output[0];
    const transcript: string = assistant.content[0].transcript;
    const audioMs = audioBytes(c.events, spoken.response.id) / 2 / 24;
    assert.ok(audioMs > 0, 'the reply was spoken');

    // Truncate to half of what was played: the transcript keeps about half its words.
    from = c.events.length;
    const half = Math.floor(audioMs / 2);
    c.send({ type: 'conversation.item.truncate', item_id: assistant.id, content_index: 0, audio_end_ms: half });
    const truncated = await c.next('conversation.item.truncated', from);
    assert.equal(truncated.audio_end_ms, half);
    c.send({ type: 'conversation.item.retrieve', item_id: assistant.id });
    const after = (await c.next('conversation.item.retrieved', from)).item.content[0].transcript as string;
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    assert.ok(words(after) <= Math.ceil(words(transcript) / 2) + 1 && (words(transcript) < 2 || words(after) < words(transcript)), `${JSON.stringify(transcript)} → ${JSON.stringify(after)}`);
    // Past the audio, or a user item: error events.
    for (const [ev, param] of [
      [{ type: 'conversation.item.truncate', item_id: assistant.id, content_index: 0, audio_end_ms: audioMs + 5_000 }, 'audio_end_ms'],
      [{ type: 'conversation.item.truncate', item_id: 'item_hello', content_index: 0, audio_end_ms: 0 }, 'item_id'],
    ] as const) {
      const i = c.events.length;
      c.send(ev);
      const e = await c.next('error', i);
      assert.equal(e.error.code, 'invalid_value');
      assert.equal(e.error.param, param);
    }

    // Delete the long item: gone for retrieve, and the next reply reads ~200 fewer tokens.
    from = c.events.length;
    c.send({ type: 'conversation.item.delete', item_id: 'item_long' });
    assert.equal((await c.next('conversation.item.deleted', from)).item_id, 'item_long');
    c.send({ type: 'conversation.item.retrieve', item_id: 'item_long' });
    assert.equal((await c.next('error', from)).error.code, 'item_not_found');
    const i = c.events.length;
    c.send({ type: 'conversation.item.delete', item_id: 'item_long' });
    assert.equal((await c.next('error', i)).error.code, 'item_not_found');
    from = c.events.length;
    c.send({ type: 'response.create', response: { output_modalities: ['text'], max_output_tokens: 2 } });
    const next = await c.next('response.done', from);
    assert.ok(next.response.usage.input_tokens < withLong - 150, `input tokens ${withLong} → ${next.response.usage.input_tokens}`);
    await c.close();
  });

  test('G.711 µ-law in (8 kHz) is heard; µ-law out is 8 kHz audio', async () => {
    const c = await connect();
    c.send({ type: 'session.update', session: { output_modalities: ['audio'], max_output_tokens: 8, audio: { input: { format: { type: 'audio/pcmu' }, turn_detection: null }, output: { format: { type: 'audio/pcmu' } } } } });
    const updated = await c.next('session.updated');
    assert.deepEqual(updated.session.audio.input.format, { type: 'audio/pcmu' });
    assert.deepEqual(updated.session.audio.output.format, { type: 'audio/pcmu' });
    const ulaw = encodeG711(speech('what is the capital of France', 8_000), 'ulaw');
    for (let i = 0; i < ulaw.length; i += 1600) c.send({ type: 'input_audio_buffer.append', audio: Buffer.from(ulaw.subarray(i, i + 1600)).toString('base64') });
    c.send({ type: 'input_audio_buffer.commit' });
    const heard = await c.next('conversation.item.input_audio_transcription.completed');
    assert.match(heard.transcript, /capital/);
    c.send({ type: 'response.create' });
    const done = await c.next('response.done');
    const bytes = Buffer.concat(c.events.filter((e) => e.type === 'response.output_audio.delta').map((e) => Buffer.from(e.delta, 'base64')));
    const spoken = (done.response.output[0].content[0].transcript as string).trim();
    if (spoken) {
      // One byte a sample at 8 kHz: as long as the words plausibly last; and not silence.
      const secs = bytes.length / 8_000;
      assert.ok(secs > 0.05 && secs < spoken.length * 0.5 + 2, `${secs} s for ${JSON.stringify(spoken)}`);
      const pcm = decodeG711(new Uint8Array(bytes), 'ulaw');
      assert.ok(pcm.some((s) => Math.abs(s) > 1000), 'the audio is silent');
    }
    await c.close();
  });
});

describe('tracing', () => {
  test('a voice turn is traced: VAD decision, transcription, LLM TTFT and tokens, first audio; a span per stage', async () => {
    const c = await connect();
    c.send({ type: 'session.update', session: { max_output_tokens: 8 } });
    await c.next('session.updated');
    await stream(c, concat(silence(200), speech('what is the capital of France'), silence(800))).done;
    const done = await c.next('response.done');
    const sessionId = c.events[0]!.session.id;
    await c.close();
    const turn = await until('the turn span', () => otlp.spans.find((s) => s.name === 'realtime.turn' && s.attributes['weft.realtime.response_id'] === done.response.id), 10_000, 50);
    const a = turn.attributes;
    for (const k of ['weft.realtime.vad_decision_ms', 'weft.realtime.transcribe_ms', 'weft.realtime.llm_ttft_ms', 'weft.realtime.first_sentence_ms', 'weft.realtime.tts_first_audio_ms', 'weft.realtime.first_audio_ms']) {
      assert.equal(typeof a[k], 'number', `${k} on the turn span: ${JSON.stringify(a)}`);
      assert.ok((a[k] as number) >= 0 && (a[k] as number) < 10_000, `${k} = ${a[k]}`);
    }
    assert.equal(a['weft.realtime.session_id'], sessionId);
    assert.ok((a['weft.realtime.speech_end_ms'] as number) > (a['weft.realtime.speech_start_ms'] as number) + 1000, JSON.stringify(a));
    assert.equal(Number(a['gen_ai.usage.output_tokens']), done.response.usage.output_token_details.text_tokens);
    // Every stage a span of the session's trace, with the executor's work joined to it.
    const session = await until('the session span', () => otlp.spans.find((s) => s.name === 'realtime.session' && s.attributes['weft.realtime.session_id'] === sessionId), 10_000, 50);
    assert.equal(turn.traceId, session.traceId);
    await until('a span per stage in the trace', () => {
      const stages = new Set(otlp.trace(session.traceId).filter((s) => s.name.startsWith('realtime.stage')).map((s) => s.attributes['weft.realtime.stage']));
      return ['vad', 'transcribe', 'chat', 'speak'].every((s) => stages.has(s));
    }, 10_000, 50);
    assert.ok(otlp.trace(session.traceId).some((s) => s.service !== otlp.trace(session.traceId)[0]!.service), 'spans from more than one process');
  });
});
