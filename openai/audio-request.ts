// The OpenAI audio endpoints' request bodies, validated: POST
// /v1/audio/speech (JSON) and the fields of POST /v1/audio/transcriptions
// (multipart form fields other than the file).
import { errors } from '../proto/index.ts';

export const SPEECH_FORMATS = ['wav', 'pcm'] as const;
export type SpeechFormat = (typeof SPEECH_FORMATS)[number];
export const TRANSCRIPTION_FORMATS = ['json', 'text', 'verbose_json'] as const;
export type TranscriptionFormat = (typeof TRANSCRIPTION_FORMATS)[number];

export interface SpeechRequest {
  model: string;
  input: string;
  voice: string;
  speed: number;
  format: SpeechFormat;
}

/** Longest input OpenAI's speech endpoint takes. */
export const MAX_SPEECH_INPUT = 4096;

export function parseSpeechRequest(body: unknown): SpeechRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw errors.invalid('The body must be a JSON object.');
  const b = body as Record<string, unknown>;
  if (typeof b.model !== 'string' || !b.model) throw errors.invalid("Missing required parameter: 'model'.", 'model');
  if (typeof b.input !== 'string' || !b.input.trim()) throw errors.invalid("Missing required parameter: 'input'.", 'input');
  if (b.input.length > MAX_SPEECH_INPUT) throw errors.invalid(`'input' is longer than ${MAX_SPEECH_INPUT} characters.`, 'input');
  const voice = b.voice === undefined ? 'alloy' : b.voice;
  if (typeof voice !== 'string' || !voice) throw errors.invalid("'voice' must be a string.", 'voice');
  const speed = b.speed === undefined ? 1 : b.speed;
  if (typeof speed !== 'number' || speed < 0.25 || speed > 4) throw errors.invalid("'speed' must be a number from 0.25 to 4.", 'speed');
  const format = b.response_format === undefined ? 'wav' : b.response_format;
  if (!(SPEECH_FORMATS as readonly unknown[]).includes(format)) {
    throw errors.invalid(`Unsupported response_format '${String(format)}': Weft makes ${SPEECH_FORMATS.join(', ')}.`, 'response_format');
  }
  return { model: b.model, input: b.input, voice, speed, format: format as SpeechFormat };
}

export interface TranscriptionFields {
  model: string;
  language: string;
  prompt: string;
  format: TranscriptionFormat;
}

export function parseTranscriptionFields(f: Map<string, string>): TranscriptionFields {
  const model = f.get('model');
  if (!model) throw errors.invalid("Missing required parameter: 'model'.", 'model');
  const format = f.get('response_format') ?? 'json';
  if (!(TRANSCRIPTION_FORMATS as readonly string[]).includes(format)) {
    throw errors.invalid(`Unsupported response_format '${format}': Weft answers ${TRANSCRIPTION_FORMATS.join(', ')}.`, 'response_format');
  }
  return { model, language: f.get('language') ?? '', prompt: f.get('prompt') ?? '', format: format as TranscriptionFormat };
}
