// The Realtime protocol's shapes: the session configuration (GA and beta
// forms, in and out), event names (GA names inside; beta names accepted on
// input and sent to clients that asked for the beta protocol with
// `OpenAI-Beta: realtime=v1`), and the `error` event.
import { toOpenAIError } from '../../openai/errors.ts';

export type Protocol = 'ga' | 'beta';
export type AudioFormat = 'pcm16' | 'g711_ulaw' | 'g711_alaw';
export type Modality = 'text' | 'audio';

export interface ServerVad {
  type: 'server_vad';
  threshold: number;
  prefix_padding_ms: number;
  silence_duration_ms: number;
  create_response: boolean;
  interrupt_response: boolean;
  idle_timeout_ms: number | null;
}

export interface SessionConfig {
  modalities: Modality[];
  instructions: string;
  voice: string;
  speed: number;
  inputFormat: AudioFormat;
  outputFormat: AudioFormat;
  transcriptionModel: string | null;
  turnDetection: ServerVad | null;
  temperature: number;
  maxOutputTokens: number | 'inf';
}

/** OpenAI's defaults (section 5.3 of the reference). */
export const DEFAULT_VAD: Readonly<ServerVad> = Object.freeze({
  type: 'server_vad', threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500,
  create_response: true, interrupt_response: true, idle_timeout_ms: null,
});

export function defaultSession(): SessionConfig {
  return {
    modalities: ['audio'], instructions: '', voice: 'alloy', speed: 1, inputFormat: 'pcm16', outputFormat: 'pcm16',
    transcriptionModel: null, turnDetection: { ...DEFAULT_VAD }, temperature: 0.8, maxOutputTokens: 'inf',
  };
}

/** A client event the session refuses: becomes an `error` event; the session goes on. */
export class ClientEventError extends Error {
  readonly code: string;
  readonly param: string | null;
  constructor(code: string, message: string, param: string | null = null) {
    super(message);
    this.name = 'ClientEventError';
    this.code = code;
    this.param = param;
  }
}

/** The `error` server event's payload for any failure (fabric errors through the one OpenAI mapping). */
export function errorPayload(err: unknown, eventId: string | null): { type: string; code: string | null; message: string; param: string | null; event_id: string | null } {
  if (err instanceof ClientEventError) return { type: 'invalid_request_error', code: err.code, message: err.message, param: err.param, event_id: eventId };
  const e = toOpenAIError(err).body.error;
  return { type: e.type, code: e.code, message: e.message, param: e.param, event_id: eventId };
}

/** Beta client event names → GA. */
const BETA_CLIENT: Readonly<Record<string, string>> = {};
/** GA server event names → beta. */
const BETA_SERVER: Readonly<Record<string, string>> = {
  'response.output_text.delta': 'response.text.delta',
  'response.output_text.done': 'response.text.done',
  'response.output_audio.delta': 'response.audio.delta',
  'response.output_audio.done': 'response.audio.done',
  'response.output_audio_transcript.delta': 'response.audio_transcript.delta',
  'response.output_audio_transcript.done': 'response.audio_transcript.done',
  'conversation.item.added': 'conversation.item.created',
};

export function clientEventName(type: string): string {
  return BETA_CLIENT[type] ?? type;
}

export function serverEventName(type: string, protocol: Protocol): string {
  return protocol === 'beta' ? BETA_SERVER[type] ?? type : type;
}

/** The content part type of a modality under `protocol`. */
export function partType(kind: 'text' | 'audio', protocol: Protocol): string {
  if (protocol === 'beta') return kind;
  return kind === 'text' ? 'output_text' : 'output_audio';
}

const FORMATS: readonly AudioFormat[] = ['pcm16', 'g711_ulaw', 'g711_alaw'];
const GA_FORMAT: Record<AudioFormat, object> = {
  pcm16: { type: 'audio/pcm', rate: 24_000 }, g711_ulaw: { type: 'audio/pcmu' }, g711_alaw: { type: 'audio/pcma' },
};

function parseFormat(v: unknown, param: string): AudioFormat {
  if (typeof v === 'string' && (FORMATS as readonly string[]).includes(v)) return v as AudioFormat;
  if (v && typeof v === 'object') {
    const t = (v as { type?: unknown; rate?: unknown }).type;
    const rate = (v as { rate?: unknown }).rate;
    if (t === 'audio/pcm') {
      if (rate !== undefined && rate !== 24_000) throw new ClientEventError('invalid_value', 'Only a 24kHz sample rate is supported for audio/pcm.', `${param}.rate`);
      return 'pcm16';
    }
    if (t === 'audio/pcmu') return 'g711_ulaw';
    if (t === 'audio/pcma') return 'g711_alaw';
  }
  throw new ClientEventError('invalid_value', `Invalid audio format: expected one of ${FORMATS.join(', ')} or {type: "audio/pcm", rate: 24000}.`, param);
}

function parseModalities(v: unknown, param: string): Modality[] {
  if (!Array.isArray(v) || v.length === 0 || !v.every((m) => m === 'text' || m === 'audio')) {
    throw new ClientEventError('invalid_value', 'Invalid modalities: expected ["text"], ["audio"] or ["text", "audio"].', param);
  }
  return [...new Set(v as Modality[])];
}

function parseTurnDetection(v: unknown, current: ServerVad | null, param: string): ServerVad | null {
  if (v === null) return null;
  if (typeof v !== 'object') throw new ClientEventError('invalid_value', 'turn_detection must be an object or null.', param);
  const o = v as Record<string, unknown>;
  if (o.type !== undefined && o.type !== 'server_vad') {
    throw new ClientEventError('invalid_value', `turn_detection.type '${String(o.type)}' is not supported: Weft runs server_vad.`, `${param}.type`);
  }
  const out: ServerVad = { ...(current ?? DEFAULT_VAD) };
  const num = (k: keyof ServerVad, lo: number, hi: number) => {
    if (o[k] === undefined) return;
    if (typeof o[k] !== 'number' || !(o[k] >= lo && o[k] <= hi)) throw new ClientEventError('invalid_value', `turn_detection.${k} must be a number from ${lo} to ${hi}.`, `${param}.${k}`);
    (out as unknown as Record<string, unknown>)[k] = o[k];
  };
  num('threshold', 0, 1);
  num('prefix_padding_ms', 0, 10_000);
  num('silence_duration_ms', 0, 10_000);
  for (const k of ['create_response', 'interrupt_response'] as const) {
    if (o[k] === undefined) continue;
    if (typeof o[k] !== 'boolean') throw new ClientEventError('invalid_value', `turn_detection.${k} must be a boolean.`, `${param}.${k}`);
    out[k] = o[k];
  }
  if (o.idle_timeout_ms !== undefined) {
    if (o.idle_timeout_ms !== null && (typeof o.idle_timeout_ms !== 'number' || o.idle_timeout_ms < 5_000 || o.idle_timeout_ms > 30_000)) {
      throw new ClientEventError('invalid_value', 'turn_detection.idle_timeout_ms must be null or from 5000 to 30000.', `${param}.idle_timeout_ms`);
    }
    out.idle_timeout_ms = o.idle_timeout_ms as number | null;
  }
  return out;
}

function parseMaxTokens(v: unknown, param: string): number | 'inf' {
  if (v === 'inf') return 'inf';
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4096) return v;
  throw new ClientEventError('invalid_value', 'max output tokens must be an integer from 1 to 4096, or "inf".', param);
}

/** Applies a session.update's `session` (GA or beta form) to `cfg`; only present fields change. */
export function applySessionUpdate(cfg: SessionConfig, s: unknown): SessionConfig {
  if (!s || typeof s !== 'object' || Array.isArray(s)) throw new ClientEventError('invalid_value', 'session must be an object.', 'session');
  const o = s as Record<string, unknown>;
  const next: SessionConfig = { ...cfg };
  if (o.modalities !== undefined) next.modalities = parseModalities(o.modalities, 'session.modalities');
  if (o.output_modalities !== undefined) next.modalities = parseModalities(o.output_modalities, 'session.output_modalities');
  if (o.instructions !== undefined) {
    if (typeof o.instructions !== 'string') throw new ClientEventError('invalid_value', 'instructions must be a string.', 'session.instructions');
    next.instructions = o.instructions;
  }
  if (o.voice !== undefined) {
    if (typeof o.voice !== 'string' || !o.voice) throw new ClientEventError('invalid_value', 'voice must be a string.', 'session.voice');
    next.voice = o.voice;
  }
  if (o.input_audio_format !== undefined) next.inputFormat = parseFormat(o.input_audio_format, 'session.input_audio_format');
  if (o.output_audio_format !== undefined) next.outputFormat = parseFormat(o.output_audio_format, 'session.output_audio_format');
  if (o.turn_detection !== undefined) next.turnDetection = parseTurnDetection(o.turn_detection, cfg.turnDetection, 'session.turn_detection');
  if (o.input_audio_transcription !== undefined) next.transcriptionModel = transcriptionModel(o.input_audio_transcription);
  if (o.temperature !== undefined) {
    if (typeof o.temperature !== 'number' || o.temperature < 0 || o.temperature > 2) throw new ClientEventError('invalid_value', 'temperature must be a number from 0 to 2.', 'session.temperature');
    next.temperature = o.temperature;
  }
  if (o.max_response_output_tokens !== undefined) next.maxOutputTokens = parseMaxTokens(o.max_response_output_tokens, 'session.max_response_output_tokens');
  if (o.max_output_tokens !== undefined) next.maxOutputTokens = parseMaxTokens(o.max_output_tokens, 'session.max_output_tokens');
  const audio = o.audio as Record<string, Record<string, unknown> | undefined> | undefined;
  if (audio && typeof audio === 'object') {
    const input = audio.input;
    const output = audio.output;
    if (input?.format !== undefined) next.inputFormat = parseFormat(input.format, 'session.audio.input.format');
    if (input?.turn_detection !== undefined) next.turnDetection = parseTurnDetection(input.turn_detection, cfg.turnDetection, 'session.audio.input.turn_detection');
    if (input?.transcription !== undefined) next.transcriptionModel = transcriptionModel(input.transcription);
    if (output?.format !== undefined) next.outputFormat = parseFormat(output.format, 'session.audio.output.format');
    if (output?.voice !== undefined) {
      if (typeof output.voice !== 'string' || !output.voice) throw new ClientEventError('invalid_value', 'voice must be a string.', 'session.audio.output.voice');
      next.voice = output.voice;
    }
    if (output?.speed !== undefined) {
      if (typeof output.speed !== 'number' || output.speed < 0.25 || output.speed > 1.5) throw new ClientEventError('invalid_value', 'speed must be from 0.25 to 1.5.', 'session.audio.output.speed');
      next.speed = output.speed;
    }
  }
  return next;
}

function transcriptionModel(v: unknown): string | null {
  if (v === null) return null;
  const m = (v as { model?: unknown })?.model;
  return typeof m === 'string' && m ? m : 'default';
}

/** The session object as `protocol` shows it. */
export function renderSession(cfg: SessionConfig, id: string, model: string, protocol: Protocol): object {
  const turn = cfg.turnDetection;
  const transcription = cfg.transcriptionModel === null ? null : { model: cfg.transcriptionModel };
  const maxTokens = cfg.maxOutputTokens;
  if (protocol === 'beta') {
    return {
      id, object: 'realtime.session', model, modalities: cfg.modalities.includes('audio') ? ['text', 'audio'] : ['text'],
      instructions: cfg.instructions, voice: cfg.voice, input_audio_format: cfg.inputFormat, output_audio_format: cfg.outputFormat,
      input_audio_transcription: transcription, turn_detection: turn, tools: [], tool_choice: 'auto',
      temperature: cfg.temperature, max_response_output_tokens: maxTokens, speed: cfg.speed,
    };
  }
  return {
    type: 'realtime', object: 'realtime.session', id, model, output_modalities: cfg.modalities,
    instructions: cfg.instructions,
    audio: {
      input: { format: GA_FORMAT[cfg.inputFormat], transcription, noise_reduction: null, turn_detection: turn },
      output: { format: GA_FORMAT[cfg.outputFormat], voice: cfg.voice, speed: cfg.speed },
    },
    tools: [], tool_choice: 'auto', max_output_tokens: maxTokens, tracing: null,
  };
}
