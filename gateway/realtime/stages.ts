// The four stages of a voice turn as fabric requests of a session (see
// fabric-stage.ts): speech detection, transcription, the chat reply
// (streamed) and speech. The models come from the gateway's settings;
// the LLM is the session's own.
import type { Context } from '@opentelemetry/api';
import type { GenerateChunk, IChatMessage, ISamplingParams } from '../../proto/index.ts';
import { pcm16Bytes } from '../../audio/pcm.ts';
import type { FabricClient } from '../fabric-client.ts';
import { submitStage, type StageCall } from '../fabric-stage.ts';
import { ENGINE_RATE } from './audio-io.ts';

export interface StageModels {
  llm: string;
  vad: string;
  transcribe: string;
  speak: string;
}

export class Stages {
  private readonly fabric: FabricClient;
  private readonly tenant: string;
  readonly models: StageModels;
  private readonly timeoutMs: number;
  private readonly onTokens?: (tokens: number) => void;

  /** `onTokens` sees each reply's prompt and completion tokens (the tenant's tokens-per-minute limit). */
  constructor(fabric: FabricClient, tenant: string, models: StageModels, timeoutMs: number, onTokens?: (tokens: number) => void) {
    this.fabric = fabric;
    this.tenant = tenant;
    this.models = models;
    this.timeoutMs = timeoutMs;
    this.onTokens = onTokens;
  }

  /** Speech probabilities of 16 kHz samples; `state` continues the stream. */
  async detectSpeech(samples: Int16Array, state: Uint8Array | undefined, parent: Context): Promise<{ probabilities: number[]; windowSamples: number; state: Uint8Array }> {
    const call = submitStage(this.fabric, {
      stage: 'vad', model: this.models.vad, tenant: this.tenant, timeoutMs: this.timeoutMs, parent,
      body: { detectSpeech: { audio: pcm16Bytes(samples), sampleRate: ENGINE_RATE, state } },
    });
    for await (const c of call.chunks) {
      if (c.speech) return { probabilities: c.speech.probabilities ?? [], windowSamples: c.speech.windowSamples || 512, state: c.speech.state ?? new Uint8Array(0) };
    }
    return { probabilities: [], windowSamples: 512, state: state ?? new Uint8Array(0) };
  }

  /** The words of 16 kHz samples. */
  async transcribe(samples: Int16Array, parent: Context, model = this.models.transcribe): Promise<string> {
    const call = submitStage(this.fabric, {
      stage: 'transcribe', model, tenant: this.tenant, timeoutMs: this.timeoutMs, parent,
      body: { transcribe: { audio: pcm16Bytes(samples), sampleRate: ENGINE_RATE } },
    });
    let text = '';
    for await (const c of call.chunks) text += c.delta?.text ?? '';
    return text.trim();
  }

  chat(messages: IChatMessage[], sampling: ISamplingParams, parent: Context): StageCall {
    const call = submitStage(this.fabric, { stage: 'chat', model: this.models.llm, tenant: this.tenant, timeoutMs: this.timeoutMs, parent, body: { chat: { messages, sampling } } });
    const onTokens = this.onTokens;
    if (!onTokens) return call;
    async function* counted(chunks: AsyncIterable<GenerateChunk>): AsyncIterable<GenerateChunk> {
      for await (const c of chunks) {
        const u = c.final?.usage;
        if (u) onTokens!((u.promptTokens ?? 0) + (u.completionTokens ?? 0));
        yield c;
      }
    }
    return { requestId: call.requestId, span: call.span, cancel: (reason) => call.cancel(reason), chunks: counted(call.chunks) };
  }

  speak(text: string, voice: string, speed: number, parent: Context): StageCall {
    return submitStage(this.fabric, { stage: 'speak', model: this.models.speak, tenant: this.tenant, timeoutMs: this.timeoutMs, parent, body: { speak: { input: text, voice, speed } } });
  }
}
