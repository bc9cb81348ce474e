// POST /v1/audio/transcriptions and POST /v1/audio/speech, OpenAI's shapes,
// each one realtime-class request through the fabric (fabric-stage.ts).
// Uploads are WAVE (pcm16, any rate and channel count) or raw pcm16 at
// 24 kHz (`audio/pcm`); speech comes back as WAVE or raw pcm16 at 24 kHz.
import type { Hono } from 'hono';
import { trace } from '@opentelemetry/api';
import { errors } from '../../proto/index.ts';
import { decodeWav, encodeWav } from '../../audio/wav.ts';
import { pcm16Bytes, pcm16Samples, resample, Resampler } from '../../audio/pcm.ts';
import { parseSpeechRequest, parseTranscriptionFields } from '../../openai/audio-request.ts';
import type { GatewayEnv, GatewayDeps } from '../app.ts';
import { submitStage } from '../fabric-stage.ts';
import { boundaryOf, readField, readParts } from '../multipart.ts';
import { readJson } from './read-json.ts';
import { requireModel } from '../model-gate.ts';

const OUT_RATE = 24_000;
const ENGINE_RATE = 16_000;

async function readAll(data: AsyncGenerator<Uint8Array>, max: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const d of data) {
    n += d.length;
    if (n > max) throw errors.invalid(`The audio file is larger than ${max} bytes.`, 'file');
    parts.push(d);
  }
  return Buffer.concat(parts);
}

/** 16 kHz samples of an uploaded file: WAVE, or raw pcm16 at 24 kHz. */
function uploadSamples(bytes: Uint8Array, filename: string | undefined): Int16Array {
  const isWav = bytes.length >= 12 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF';
  if (isWav) {
    try {
      const w = decodeWav(bytes);
      return resample(w.samples, w.sampleRate, ENGINE_RATE);
    } catch (err) {
      throw errors.invalid(`The audio file '${filename ?? 'file'}' could not be read: ${(err as Error).message}.`, 'file');
    }
  }
  if (/\.(pcm|raw)$/i.test(filename ?? '')) return resample(pcm16Samples(bytes), OUT_RATE, ENGINE_RATE);
  throw errors.invalid(`Unsupported audio file '${filename ?? 'file'}': Weft reads 16-bit PCM WAVE (.wav) and raw pcm16 at 24 kHz (.pcm).`, 'file');
}

export function audioRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.post('/v1/audio/transcriptions', async (c) => {
    const boundary = boundaryOf(c.req.header('content-type'));
    const body = c.req.raw.body;
    if (!boundary || !body) throw errors.invalid("Expected a multipart/form-data body with the fields 'file' and 'model'.");
    const fields = new Map<string, string>();
    let file: { bytes: Uint8Array; name: string | undefined } | undefined;
    for await (const part of readParts(body, boundary)) {
      if (part.name === 'file') file = { bytes: await readAll(part.data, deps.maxBodyBytes), name: part.filename };
      else fields.set(part.name, await readField(part));
    }
    const f = parseTranscriptionFields(fields);
    if (!file) throw errors.invalid("Missing required parameter: 'file'.", 'file');
    requireModel(c, deps, f.model);
    const samples = uploadSamples(file.bytes, file.name);
    const call = submitStage(deps.fabric, {
      stage: 'transcribe', model: f.model, tenant: c.get('principal').tenant, timeoutMs: deps.requestTimeoutMs,
      parent: trace.setSpan(c.get('otelContext'), c.get('span')), requestId: c.get('requestId'),
      body: { transcribe: { audio: pcm16Bytes(samples), sampleRate: ENGINE_RATE, language: f.language, prompt: f.prompt } },
    });
    const onGone = () => call.cancel('client disconnected');
    c.req.raw.signal.addEventListener('abort', onGone, { once: true });
    let text = '';
    try {
      for await (const ch of call.chunks) text += ch.delta?.text ?? '';
    } finally {
      c.req.raw.signal.removeEventListener('abort', onGone);
    }
    const seconds = samples.length / ENGINE_RATE;
    if (f.format === 'text') return c.text(text);
    if (f.format === 'verbose_json') return c.json({ task: 'transcribe', language: f.language || 'english', duration: seconds, text, segments: [], usage: { type: 'duration', seconds: Math.ceil(seconds) } });
    return c.json({ text, usage: { type: 'duration', seconds: Math.ceil(seconds) } });
  });

  app.post('/v1/audio/speech', async (c) => {
    const r = parseSpeechRequest(await readJson(c));
    requireModel(c, deps, r.model);
    const call = submitStage(deps.fabric, {
      stage: 'speak', model: r.model, tenant: c.get('principal').tenant, timeoutMs: deps.requestTimeoutMs,
      parent: trace.setSpan(c.get('otelContext'), c.get('span')), requestId: c.get('requestId'),
      body: { speak: { input: r.input, voice: r.voice, speed: r.speed } },
    });
    const onGone = () => call.cancel('client disconnected');
    c.req.raw.signal.addEventListener('abort', onGone, { once: true });
    const out: Int16Array[] = [];
    let resampler: Resampler | undefined;
    try {
      for await (const ch of call.chunks) {
        if (!ch.audio?.data?.length) continue;
        resampler ??= new Resampler(ch.audio.sampleRate || OUT_RATE, OUT_RATE);
        out.push(resampler.push(pcm16Samples(ch.audio.data)));
      }
    } finally {
      c.req.raw.signal.removeEventListener('abort', onGone);
    }
    if (resampler) out.push(resampler.end());
    const pcm = Buffer.concat(out.map((s) => pcm16Bytes(s)));
    const bytes = r.format === 'wav' ? encodeWav(pcm, OUT_RATE) : pcm;
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': r.format === 'wav' ? 'audio/wav' : 'audio/pcm' });
  });
}
