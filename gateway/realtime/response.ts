// One response of a Realtime session: the chat stage streams the reply;
// in audio mode each finished sentence or clause goes to the speech stage
// at once (in order, one at a time), and its audio streams to the client
// as it comes. Cancelling (response.cancel, barge-in, the client leaving)
// cancels the fabric requests in flight, so the executors stop.
import { randomBytes } from 'node:crypto';
import { SpanKind, trace, type Context, type Span } from '@opentelemetry/api';
import type { IChatMessage, IFinal } from '../../proto/index.ts';
import { Attr, SpanNames } from '../../observability/names.ts';
import { tracer } from '../../observability/telemetry.ts';
import type { StageCall } from '../fabric-stage.ts';
import { OutputAudio } from './audio-io.ts';
import { partType, type AudioFormat, type Modality, type Protocol } from './protocol.ts';
import { SentenceSplitter } from './sentences.ts';
import type { Stages } from './stages.ts';

export const newId = (prefix: string) => `${prefix}_${randomBytes(10).toString('hex')}`;

export interface ResponseOptions {
  modalities: Modality[];
  voice: string;
  speed: number;
  outputFormat: AudioFormat;
  temperature: number;
  maxOutputTokens: number | 'inf';
  messages: IChatMessage[];
  /** Out of band (conversation: "none"): nothing is added to the conversation. */
  outOfBand: boolean;
  metadata: Record<string, string> | null;
  /** A voice turn's timings so far (server VAD), for its trace. */
  turn?: TurnTimings;
}

/** What a voice turn's trace records before its response starts. */
export interface TurnTimings {
  /** When VAD ended the turn (performance.now()): first_audio_ms counts from here. */
  speechEndedAt: number;
  /** The speech in the session's input audio, ms (speech_started's audio_start_ms, speech_stopped's audio_end_ms). */
  speechStartMs: number;
  speechEndMs: number;
  /** From the arrival of the audio that decided the end of speech to the decision. */
  vadDecisionMs: number;
  /** Commit → transcript. */
  transcribeMs?: number;
}

export type Emit = (type: string, payload: object) => void;

export interface ResponseResult {
  status: 'completed' | 'cancelled' | 'failed' | 'incomplete';
  item: Record<string, unknown>;
  text: string;
  audioMs: number;
}

export class RealtimeResponse {
  readonly id = newId('resp');
  readonly itemId = newId('item');
  private readonly stages: Stages;
  private readonly opts: ResponseOptions;
  private readonly emit: Emit;
  private readonly protocol: Protocol;
  private readonly span: Span;
  private readonly ctx: Context;
  private readonly inFlight = new Set<StageCall>();
  private cancelReason: string | undefined;
  private wake: (() => void) | undefined;
  readonly done: Promise<ResponseResult>;

  constructor(stages: Stages, opts: ResponseOptions, emit: Emit, protocol: Protocol, parent: Context, sessionId: string) {
    this.stages = stages;
    this.opts = opts;
    this.emit = emit;
    this.protocol = protocol;
    this.span = tracer().startSpan(SpanNames.realtimeTurn, { kind: SpanKind.INTERNAL, attributes: { [Attr.sessionId]: sessionId, 'weft.realtime.response_id': this.id } }, parent);
    this.ctx = trace.setSpan(parent, this.span);
    const turn = opts.turn;
    if (turn) {
      this.span.setAttributes({
        [Attr.turnSpeechStartMs]: turn.speechStartMs, [Attr.turnSpeechEndMs]: turn.speechEndMs, [Attr.turnVadDecisionMs]: turn.vadDecisionMs,
        ...(turn.transcribeMs !== undefined ? { [Attr.turnTranscribeMs]: turn.transcribeMs } : {}),
      });
    }
    this.done = this.run();
  }

  get audio(): boolean {
    return this.opts.modalities.includes('audio');
  }

  /** Stops the response; `reason` goes into status_details ("turn_detected", "client_cancelled"). */
  cancel(reason: string): void {
    if (this.cancelReason) return;
    this.cancelReason = reason;
    for (const c of this.inFlight) c.cancel(reason);
    this.wake?.();
  }

  private responseObject(status: string, output: object[], extra: object = {}): object {
    return {
      id: this.id, object: 'realtime.response', status, status_details: null, output,
      conversation_id: this.opts.outOfBand ? null : 'conv_default',
      output_modalities: this.opts.modalities, modalities: this.opts.modalities,
      voice: this.opts.voice, metadata: this.opts.metadata, usage: null, ...extra,
    };
  }

  private async run(): Promise<ResponseResult> {
    const { emit } = this;
    const t0 = performance.now();
    const kind = this.audio ? 'audio' : 'text';
    const ids = { response_id: this.id, item_id: this.itemId, output_index: 0, content_index: 0 };
    const item = (status: string, content: object[]) => ({ id: this.itemId, object: 'realtime.item', type: 'message', role: 'assistant', status, content });
    emit('response.created', { response: this.responseObject('in_progress', []) });
    emit('response.output_item.added', { response_id: this.id, output_index: 0, item: item('in_progress', []) });
    if (!this.opts.outOfBand) emit('conversation.item.added', { previous_item_id: null, item: item('in_progress', []) });
    const part = (text: string) => (kind === 'audio' ? { type: partType('audio', this.protocol), transcript: text } : { type: partType('text', this.protocol), text });
    emit('response.content_part.added', { ...ids, part: part('') });

    let text = '';
    let final: IFinal | undefined;
    let failure: unknown;
    const out = new OutputAudio(this.opts.outputFormat);
    const splitter = new SentenceSplitter();
    const pieces: string[] = [];
    let llmDone = false;
    let ttsFrames = 0;
    let firstAudioAt = 0;
    let sentenceAt = 0;
    // The speech stage: sentences in order, one request at a time.
    const speaker = (async () => {
      if (kind !== 'audio') return;
      for (;;) {
        if (this.cancelReason || failure) return;
        const piece = pieces.shift();
        if (piece === undefined) {
          if (llmDone) return;
          await new Promise<void>((r) => (this.wake = r));
          continue;
        }
        const call = this.stages.speak(piece, this.opts.voice, this.opts.speed, this.ctx);
        this.inFlight.add(call);
        try {
          for await (const c of call.chunks) {
            if (this.cancelReason) break;
            if (c.audio?.data?.length) {
              const delta = out.push(c.audio.data, c.audio.sampleRate || 22_050);
              if (delta) {
                if (!firstAudioAt) {
                  firstAudioAt = performance.now();
                  this.span.setAttribute(Attr.turnTtsFirstAudioMs, firstAudioAt - t0);
                  if (this.opts.turn) this.span.setAttribute(Attr.turnFirstAudioMs, firstAudioAt - this.opts.turn.speechEndedAt);
                }
                emit('response.output_audio.delta', { ...ids, delta });
              }
            }
            if (c.final) ttsFrames += c.final.usage?.completionTokens ?? 0;
          }
        } finally {
          this.inFlight.delete(call);
        }
      }
    })().catch((err) => {
      if (!this.cancelReason) failure ??= err;
    });

    const sampling = {
      temperature: this.opts.temperature,
      maxTokens: this.opts.maxOutputTokens === 'inf' ? 0 : this.opts.maxOutputTokens,
    };
    const chat = this.stages.chat(this.opts.messages, sampling, this.ctx);
    this.inFlight.add(chat);
    try {
      for await (const c of chat.chunks) {
        if (this.cancelReason || failure) break;
        const delta = c.delta?.text ?? '';
        if (delta) {
          if (!text) this.span.setAttribute(Attr.turnLlmTtftMs, performance.now() - t0);
          text += delta;
          emit(kind === 'audio' ? 'response.output_audio_transcript.delta' : 'response.output_text.delta', { ...ids, delta });
          if (kind === 'audio') {
            const ready = splitter.push(delta);
            if (ready.length && !sentenceAt) {
              sentenceAt = performance.now();
              this.span.setAttribute(Attr.turnFirstSentenceMs, sentenceAt - t0);
            }
            pieces.push(...ready);
            this.wake?.();
          }
        }
        if (c.final) final = c.final;
      }
    } catch (err) {
      if (!this.cancelReason) failure ??= err;
    } finally {
      this.inFlight.delete(chat);
    }
    llmDone = true;
    if (kind === 'audio' && !this.cancelReason) {
      const rest = splitter.end();
      if (rest.length && !sentenceAt) this.span.setAttribute(Attr.turnFirstSentenceMs, performance.now() - t0);
      pieces.push(...rest);
    }
    this.wake?.();
    await speaker;

    const status = this.cancelReason ? 'cancelled' : failure ? 'failed' : final?.finishReason === 2 ? 'incomplete' : 'completed';
    const itemStatus = status === 'completed' ? 'completed' : 'incomplete';
    if (kind === 'audio') {
      const tail = this.cancelReason ? '' : out.end();
      if (tail) emit('response.output_audio.delta', { ...ids, delta: tail });
      emit('response.output_audio.done', ids);
      emit('response.output_audio_transcript.done', { ...ids, transcript: text });
    } else {
      emit('response.output_text.done', { ...ids, text });
    }
    const donePart = part(text);
    emit('response.content_part.done', { ...ids, part: donePart });
    const doneItem = item(itemStatus, [donePart]);
    emit('response.output_item.done', { response_id: this.id, output_index: 0, item: doneItem });
    if (!this.opts.outOfBand) emit('conversation.item.done', { previous_item_id: null, item: doneItem });
    const inputTokens = final?.usage?.promptTokens ?? 0;
    const outputText = final?.usage?.completionTokens ?? 0;
    const usage = {
      total_tokens: inputTokens + outputText + ttsFrames, input_tokens: inputTokens, output_tokens: outputText + ttsFrames,
      input_token_details: { text_tokens: inputTokens, audio_tokens: 0, cached_tokens: 0 },
      output_token_details: { text_tokens: outputText, audio_tokens: ttsFrames },
    };
    const details = status === 'cancelled' ? { type: 'cancelled', reason: this.cancelReason }
      : status === 'failed' ? { type: 'failed', error: { type: 'server_error', code: 'stage_failed', message: (failure as Error)?.message ?? 'failed' } }
        : status === 'incomplete' ? { type: 'incomplete', reason: 'max_output_tokens' } : null;
    emit('response.done', { response: this.responseObject(status, [doneItem], { status_details: details, usage }) });
    this.span.setAttributes({ [Attr.tokensIn]: inputTokens, [Attr.tokensOut]: outputText, 'weft.realtime.status': status, 'weft.realtime.audio_ms': out.ms });
    if (status === 'failed') this.span.setStatus({ code: 2, message: (failure as Error)?.message });
    this.span.end();
    return { status, item: doneItem, text, audioMs: out.ms };
  }
}
