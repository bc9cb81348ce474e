// (i) Realtime voice: voice-to-voice latency, from the end of the user's
// speech (the last audio frame holding speech, sent at real-time pace) to
// the first response.output_audio.delta, through the fabric (a WebSocket
// session: VAD, transcription, chat and speech each a fabric request) and
// with the same engines called directly in this process (no fabric), over
// the same audio, prompt and greedy reply. The stage breakdown of the
// fabric comes from each turn's trace (the realtime.turn span, received by
// an OTLP receiver); the direct side times the same stages itself.
//
// Stages, in the order a turn runs them:
//   vad          end of speech → turn ended (includes silence_duration_ms of
//                silence: the client keeps streaming silence; the part VAD
//                itself adds is `vad decision`, from the arrival of the
//                audio that decided to the decision)
//   transcribe   commit → transcript
//   llm ttft     reply started → first token
//   first sentence  reply started → first sentence or clause to speak
//   tts first audio first sentence → first audio
import WebSocket from 'ws';
import type { IChatMessage } from '../../proto/index.ts';
import { pcm16Bytes } from '../../audio/pcm.ts';
import type { Engine, EngineEvent } from '../../executors/engine.ts';
import { SileroVadEngine } from '../../executors/engines/silero-vad/index.ts';
import { PocketSphinxEngine } from '../../executors/engines/pocketsphinx/index.ts';
import { EspeakNgEngine } from '../../executors/engines/espeak-ng/index.ts';
import { LlamaCppEngine } from '../../executors/engines/llamacpp/llamacpp-engine.ts';
import { InputAudio, OutputAudio, ENGINE_RATE } from '../../gateway/realtime/audio-io.ts';
import { TurnDetector } from '../../gateway/realtime/turn-detector.ts';
import { SentenceSplitter } from '../../gateway/realtime/sentences.ts';
import { DEFAULT_VAD } from '../../gateway/realtime/protocol.ts';
import { OtlpReceiver } from '../harness/otlp-receiver.ts';
import { concat, silence, SILERO_VAD_PATH, speech, SPHINX_EN_US_PATH } from '../support/speech.ts';
import { summarize, type Summary } from './stats.ts';

export const VOICE_MODELS = { vad: 'silero-vad', transcribe: 'pocketsphinx-en-us', speak: 'espeak-ng' } as const;
export { SILERO_VAD_PATH, SPHINX_EN_US_PATH };

const QUESTIONS = ['what is the capital of France', 'how far away is the moon', 'tell me a short story', 'what time is it in Tokyo'];
const LEAD_MS = 300;
const TAIL_MS = 900;
const INSTRUCTIONS = 'Answer briefly.';

export interface VoiceOptions {
  gatewayUrl: string;
  otlp: OtlpReceiver;
  model: string;
  modelPath: string;
  threads: number;
  contextSize: number;
  turns: number;
  warmup: number;
  maxTokens: number;
  log: (line: string) => void;
}

export interface TurnStages {
  voiceToVoiceMs: number;
  vadMs: number;
  vadDecisionMs: number;
  transcribeMs: number;
  llmTtftMs: number;
  firstSentenceMs: number;
  ttsFirstAudioMs: number;
}

type StageSummaries = { [K in keyof TurnStages]: Summary };

export interface VoiceResult {
  turns: number;
  maxTokens: number;
  silenceDurationMs: number;
  questions: string[];
  fabric: StageSummaries;
  direct: StageSummaries;
  /** fabric − direct, p50 of each stage and of the whole turn. */
  addedP50Ms: TurnStages;
  /** Turns whose transcript or reply differed between the two sides (should be 0: same audio, greedy). */
  mismatches: number;
}

/** One turn's audio at 24 kHz and where its speech ends (ms). */
function turnAudio(q: string): { samples: Int16Array; speechEndMs: number } {
  const s = speech(q);
  return { samples: concat(silence(LEAD_MS), s, silence(TAIL_MS)), speechEndMs: LEAD_MS + (s.length / 24_000) * 1000 };
}

const FRAME = 480; // 20 ms at 24 kHz

/** Feeds `samples` in 20 ms frames at real-time pace; `mark.speechEndAt` is when the frame ending past `speechEndMs` went out (performance.now()). */
async function pace(samples: Int16Array, speechEndMs: number, send: (frame: Int16Array) => void, mark: { speechEndAt: number }): Promise<void> {
  const t0 = performance.now();
  for (let i = 0, n = 0; i < samples.length; i += FRAME, n++) {
    send(samples.subarray(i, i + FRAME));
    if (!mark.speechEndAt && (i + FRAME) / 24 >= speechEndMs) mark.speechEndAt = performance.now();
    const wait = t0 + (n + 1) * 20 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

type Ev = { type: string; at: number; [k: string]: any };

async function fabricTurn(o: VoiceOptions, audio: { samples: Int16Array; speechEndMs: number }): Promise<TurnStages & { transcript: string; reply: string }> {
  const ws = new WebSocket(`${o.gatewayUrl.replace(/^http/, 'ws')}/v1/realtime?model=${o.model}`);
  const events: Ev[] = [];
  ws.on('message', (d) => events.push({ ...JSON.parse(String(d)), at: performance.now() }));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const wait = (type: string) => new Promise<Ev>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} in 30 s`)), 30_000);
    const check = () => {
      const e = events.find((x) => x.type === type);
      if (e) {
        clearTimeout(timer);
        ws.off('message', check);
        resolve(e);
      }
    };
    ws.on('message', check);
    check();
  });
  try {
    ws.send(JSON.stringify({ type: 'session.update', session: { instructions: INSTRUCTIONS, temperature: 0, max_output_tokens: o.maxTokens } }));
    await wait('session.updated');
    const mark = { speechEndAt: 0 };
    await pace(audio.samples, audio.speechEndMs, (f) => ws.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: Buffer.from(pcm16Bytes(f)).toString('base64') })), mark);
    const { speechEndAt } = mark;
    const done = await wait('response.done');
    const first = events.find((e) => e.type === 'response.output_audio.delta');
    const stopped = events.find((e) => e.type === 'input_audio_buffer.speech_stopped');
    if (!first || !stopped) throw new Error(`a turn without ${first ? 'speech_stopped' : 'audio'}: ${events.map((e) => e.type).join(', ')}`);
    const id = done.response.id as string;
    const span = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const end = Date.now() + 10_000;
      const look = () => {
        const s = o.otlp.spans.find((x) => x.name === 'realtime.turn' && x.attributes['weft.realtime.response_id'] === id);
        if (s) return resolve(s.attributes);
        if (Date.now() > end) return reject(new Error(`no realtime.turn span for ${id}`));
        setTimeout(look, 20);
      };
      look();
    });
    const num = (k: string) => Number(span[`weft.realtime.${k}`] ?? NaN);
    const firstSentenceMs = num('first_sentence_ms');
    return {
      voiceToVoiceMs: first.at - speechEndAt,
      vadMs: stopped.at - speechEndAt,
      vadDecisionMs: num('vad_decision_ms'),
      transcribeMs: num('transcribe_ms'),
      llmTtftMs: num('llm_ttft_ms'),
      firstSentenceMs,
      ttsFirstAudioMs: num('tts_first_audio_ms') - firstSentenceMs,
      transcript: events.find((e) => e.type === 'conversation.item.input_audio_transcription.completed')?.transcript ?? '',
      reply: (done.response.output?.[0]?.content?.[0]?.transcript as string) ?? '',
    };
  } finally {
    ws.close();
  }
}

/** The engines in this process, driven the way a session drives them. */
class Direct {
  readonly vad = new SileroVadEngine({ threads: 1 });
  readonly stt = new PocketSphinxEngine();
  readonly tts = new EspeakNgEngine();
  llm!: LlamaCppEngine;
  private n = 0;

  async load(o: VoiceOptions): Promise<void> {
    this.llm = await LlamaCppEngine.create({ threads: o.threads });
    await Promise.all([
      this.vad.load({ name: 'vad', path: SILERO_VAD_PATH, contextSize: 0, slots: 1 }),
      this.stt.load({ name: 'stt', path: SPHINX_EN_US_PATH, contextSize: 0, slots: 1 }),
      this.tts.load({ name: 'tts', path: 'espeak-ng:', contextSize: 0, slots: 1 }),
      this.llm.load({ name: 'llm', path: o.modelPath, contextSize: o.contextSize, slots: 2 }),
    ]);
  }

  dispose(): Promise<unknown> {
    return Promise.all([this.vad.dispose(), this.stt.dispose(), this.tts.dispose(), this.llm?.dispose()]);
  }

  private run(engine: Engine, model: string, body: Parameters<Engine['generate']>[0]['body']): AsyncIterable<EngineEvent> {
    return engine.generate({ requestId: `direct-${++this.n}`, model, body }, new AbortController().signal);
  }

  async turn(o: VoiceOptions, audio: { samples: Int16Array; speechEndMs: number }): Promise<TurnStages & { transcript: string; reply: string }> {
    const input = new InputAudio('pcm16');
    const turns = new TurnDetector();
    const cfg = { threshold: DEFAULT_VAD.threshold, prefixPaddingMs: DEFAULT_VAD.prefix_padding_ms, silenceDurationMs: DEFAULT_VAD.silence_duration_ms };
    const buffer: Int16Array[] = [];
    const arrivals: { end: number; at: number }[] = [];
    let received = 0;
    let pending: Int16Array[] = [];
    let busy = false;
    let state: Uint8Array | undefined;
    let sent = 0;
    let startMs = 0;
    let stop: { at: number; decisionMs: number; fromMs: number } | undefined;
    let stopped!: () => void;
    const stoppedP = new Promise<void>((r) => (stopped = r));
    const pump = () => {
      if (busy || stop || pending.length === 0) return;
      const chunk = concat(...pending);
      pending = [];
      busy = true;
      const carried = Math.max(0, (state?.length ?? 0) / 4 - 2 * 128 - 64);
      const atMs = ((sent - carried) * 1000) / ENGINE_RATE;
      sent += chunk.length;
      void (async () => {
        for await (const ev of this.run(this.vad, 'vad', { task: 'detectSpeech', detectSpeech: { audio: pcm16Bytes(chunk), sampleRate: ENGINE_RATE, state } })) {
          if (ev.type !== 'speech') continue;
          state = ev.state;
          for (const t of turns.push(ev.probabilities, (ev.windowSamples * 1000) / ENGINE_RATE, atMs, cfg)) {
            if (t.type === 'speech_started') startMs = t.audioStartMs;
            else if (!stop) {
              const sample = (t.decidedAtMs * ENGINE_RATE) / 1000;
              const a = arrivals.find((x) => x.end >= sample);
              stop = { at: performance.now(), decisionMs: a ? performance.now() - a.at : 0, fromMs: startMs };
              stopped();
            }
          }
        }
        busy = false;
        pump();
      })();
    };
    const mark = { speechEndAt: 0 };
    const paced = pace(audio.samples, audio.speechEndMs, (f) => {
      if (stop) return;
      const s = input.push(pcm16Bytes(f));
      buffer.push(s);
      received += s.length;
      arrivals.push({ end: received, at: performance.now() });
      pending.push(s);
      pump();
    }, mark);
    await stoppedP;
    const { speechEndAt } = mark;
    const st = stop!;
    const all = concat(...buffer).subarray(Math.round((st.fromMs * ENGINE_RATE) / 1000));
    const t1 = performance.now();
    let transcript = '';
    for await (const ev of this.run(this.stt, 'stt', { task: 'transcribe', transcribe: { audio: pcm16Bytes(all), sampleRate: ENGINE_RATE } })) if (ev.type === 'delta') transcript += ev.text;
    transcript = transcript.trim();
    const transcribeMs = performance.now() - t1;
    const messages: IChatMessage[] = [{ role: 'system', content: INSTRUCTIONS }, { role: 'user', content: transcript }];
    const t2 = performance.now();
    let ttft = 0;
    let sentenceAt = 0;
    let reply = '';
    let firstAudioAt = 0;
    const splitter = new SentenceSplitter();
    const out = new OutputAudio('pcm16');
    let speaking: Promise<void> | undefined;
    const speak = (piece: string) => (async () => {
      for await (const ev of this.run(this.tts, 'tts', { task: 'speak', speak: { input: piece, voice: 'alloy', speed: 1 } })) {
        if (ev.type === 'audio' && !firstAudioAt && out.push(ev.pcm, ev.sampleRate)) firstAudioAt = performance.now();
      }
    })();
    for await (const ev of this.run(this.llm, 'llm', { task: 'chat', chat: { messages, sampling: { temperature: 0, maxTokens: o.maxTokens } } })) {
      if (ev.type !== 'delta' || !ev.text) continue;
      if (!ttft) ttft = performance.now() - t2;
      reply += ev.text;
      const pieces = splitter.push(ev.text);
      if (pieces.length && !speaking) {
        sentenceAt = performance.now();
        speaking = speak(pieces[0]!);
      }
    }
    if (!speaking) {
      const rest = splitter.end();
      sentenceAt = performance.now();
      if (rest.length) speaking = speak(rest[0]!);
    }
    await speaking;
    await paced;
    return {
      voiceToVoiceMs: firstAudioAt - speechEndAt,
      vadMs: st.at - speechEndAt,
      vadDecisionMs: st.decisionMs,
      transcribeMs,
      llmTtftMs: ttft,
      firstSentenceMs: sentenceAt - t2,
      ttsFirstAudioMs: firstAudioAt - sentenceAt,
      transcript,
      reply,
    };
  }
}

const KEYS: (keyof TurnStages)[] = ['voiceToVoiceMs', 'vadMs', 'vadDecisionMs', 'transcribeMs', 'llmTtftMs', 'firstSentenceMs', 'ttsFirstAudioMs'];

function summaries(rows: TurnStages[]): StageSummaries {
  return Object.fromEntries(KEYS.map((k) => [k, summarize(rows.map((r) => r[k]))])) as StageSummaries;
}

/** The fabric side: `turns` sessions (one turn each, so every turn reads the same prompt), after `warmup`. */
export async function measureVoiceFabric(o: VoiceOptions): Promise<{ rows: (TurnStages & { transcript: string; reply: string })[] }> {
  const audios = QUESTIONS.map(turnAudio);
  const rows = [];
  for (let i = 0; i < o.warmup + o.turns; i++) {
    const r = await fabricTurn(o, audios[i % audios.length]!);
    if (i >= o.warmup) rows.push(r);
    if (i === o.warmup) o.log(`  fabric turn: v2v ${r.voiceToVoiceMs.toFixed(0)} ms (vad ${r.vadMs.toFixed(0)}, stt ${r.transcribeMs.toFixed(0)}, ttft ${r.llmTtftMs.toFixed(1)}, tts ${r.ttsFirstAudioMs.toFixed(1)}); heard ${JSON.stringify(r.transcript)}`);
  }
  return { rows };
}

/** The direct side, same audio in the same order; then both summarized. */
export async function measureVoiceDirect(o: VoiceOptions, fabricRows: (TurnStages & { transcript: string; reply: string })[]): Promise<VoiceResult> {
  const audios = QUESTIONS.map(turnAudio);
  const d = new Direct();
  await d.load(o);
  const rows = [];
  try {
    for (let i = 0; i < o.warmup + o.turns; i++) {
      const r = await d.turn(o, audios[i % audios.length]!);
      if (i >= o.warmup) rows.push(r);
    }
  } finally {
    await d.dispose();
  }
  const fabric = summaries(fabricRows);
  const direct = summaries(rows);
  const addedP50Ms = Object.fromEntries(KEYS.map((k) => [k, fabric[k].p50 - direct[k].p50])) as unknown as TurnStages;
  const mismatches = rows.filter((r, i) => r.transcript !== fabricRows[i]!.transcript || r.reply.trim() !== fabricRows[i]!.reply.trim()).length;
  return { turns: o.turns, maxTokens: o.maxTokens, silenceDurationMs: DEFAULT_VAD.silence_duration_ms, questions: QUESTIONS, fabric, direct, addedP50Ms, mismatches };
}
