// One Realtime session: the state of a WebSocket connection (configuration,
// input audio buffer, conversation, the response in progress) and what
// each client event does to it. Audio is kept at 16 kHz, what the speech
// engines take. With server VAD, appended audio streams to the VAD stage
// (one request in flight; what arrives meanwhile goes in the next), and
// the turn detector decides when speech starts (barge-in: the response in
// progress is cancelled) and stops (the buffer is committed, transcribed
// and answered).
import { context, SpanKind, trace, type Context, type Span } from '@opentelemetry/api';
import type { IChatMessage } from '../../proto/index.ts';
import { Attr, SpanNames } from '../../observability/names.ts';
import { tracer } from '../../observability/telemetry.ts';
import type { Logger } from '../../observability/logger.ts';
import { decodeAppend, ENGINE_RATE, InputAudio } from './audio-io.ts';
import {
  applySessionUpdate, ClientEventError, clientEventName, defaultSession, errorPayload, renderSession, serverEventName,
  type Modality, type Protocol, type SessionConfig,
} from './protocol.ts';
import { newId, RealtimeResponse, type ResponseOptions, type TurnTimings } from './response.ts';
import type { Stages } from './stages.ts';
import { TurnDetector } from './turn-detector.ts';

interface Item {
  id: string;
  role: 'user' | 'assistant' | 'system';
  /** What the LLM reads: a transcript (awaited) or text. */
  text: Promise<string>;
  /** The item as the API shows it. */
  view: Record<string, unknown>;
  audioMs?: number;
  /** Commit → transcript, for the turn's trace. */
  transcribeMs?: number;
}

export interface SessionDeps {
  stages: Stages;
  protocol: Protocol;
  send(event: object): void;
  log: Logger;
  parent: Context;
  /** Whether the session's tenant may use a catalog model it names (a transcription model); absent: any. */
  mayUse?: (model: string) => boolean;
}

const samplesToMs = (n: number) => (n * 1000) / ENGINE_RATE;
const msToSamples = (ms: number) => Math.round((ms * ENGINE_RATE) / 1000);

export class RealtimeSession {
  readonly id = newId('sess');
  private readonly d: SessionDeps;
  private cfg: SessionConfig = defaultSession();
  private readonly span: Span;
  private readonly ctx: Context;
  private readonly input: InputAudio;
  /** Input audio since the last commit or clear, at 16 kHz; `bufferStart` is its first sample's index in the session's audio. */
  private buffer: Int16Array[] = [];
  private bufferLen = 0;
  private bufferStart = 0;
  /** Samples of input audio so far (16 kHz). */
  private received = 0;
  /** Audio not yet sent to the VAD stage. */
  private vadPending: Int16Array[] = [];
  private vadSent = 0;
  private vadBusy = false;
  private vadState: Uint8Array | undefined;
  /** When each piece of input audio arrived: `end` is the sample count (16 kHz) after it. Kept while VAD may still decide on it. */
  private arrivals: { end: number; at: number }[] = [];
  private readonly turns = new TurnDetector();
  private speechStartMs = 0;
  private readonly items: Item[] = [];
  private response: RealtimeResponse | undefined;
  private closed = false;
  private seq = 0;

  constructor(d: SessionDeps) {
    this.d = d;
    this.input = new InputAudio(this.cfg.inputFormat);
    this.span = tracer().startSpan(SpanNames.realtimeSession, { kind: SpanKind.SERVER, attributes: { [Attr.sessionId]: this.id, [Attr.model]: d.stages.models.llm } }, d.parent);
    this.ctx = trace.setSpan(d.parent, this.span);
  }

  open(): void {
    this.emit('session.created', { session: this.session() });
  }

  private session(): object {
    return renderSession(this.cfg, this.id, this.d.stages.models.llm, this.d.protocol);
  }

  private emit(type: string, payload: object): void {
    if (this.closed) return;
    this.d.send({ type: serverEventName(type, this.d.protocol), event_id: `event_${this.id.slice(5, 13)}${(++this.seq).toString(36)}`, ...payload });
  }

  private error(err: unknown, eventId: string | null): void {
    this.emit('error', { error: errorPayload(err, eventId) });
  }

  /** One client frame. Anything wrong with it is an `error` event; the session goes on. */
  handle(raw: string | ArrayBuffer): void {
    let ev: Record<string, unknown>;
    try {
      if (typeof raw !== 'string') throw new ClientEventError('invalid_json', 'Binary frames are not supported: send JSON text events.');
      try {
        ev = JSON.parse(raw);
      } catch {
        throw new ClientEventError('invalid_json', "The event is not valid JSON: expected an object with a 'type'.");
      }
      if (!ev || typeof ev !== 'object' || Array.isArray(ev) || typeof ev.type !== 'string') {
        throw new ClientEventError('invalid_event', "The event must be a JSON object with a string 'type'.", 'type');
      }
    } catch (err) {
      return this.error(err, null);
    }
    const eventId = typeof ev.event_id === 'string' ? ev.event_id : null;
    try {
      this.dispatch(clientEventName(ev.type as string), ev);
    } catch (err) {
      if (!(err instanceof ClientEventError)) this.d.log.error('realtime event failed', { session: this.id, type: ev.type, err });
      this.error(err, eventId);
    }
  }

  private dispatch(type: string, ev: Record<string, unknown>): void {
    switch (type) {
      case 'session.update': {
        const next = applySessionUpdate(this.cfg, ev.session);
        const named = catalogTranscriptionModel(next);
        // Refused as a missing model, as the gateway refuses a model the tenant may not use.
        if (named && this.d.mayUse && !this.d.mayUse(named)) throw new ClientEventError('model_not_found', `The model '${named}' does not exist or is not served here.`, 'session.audio.input.transcription.model');
        this.cfg = next;
        this.input.setFormat(this.cfg.inputFormat);
        if (!this.cfg.turnDetection) this.turns.reset();
        return this.emit('session.updated', { session: this.session() });
      }
      case 'input_audio_buffer.append':
        return this.append(this.input.push(decodeAppend(ev.audio)));
      case 'input_audio_buffer.commit': {
        if (this.bufferLen === 0) throw new ClientEventError('input_audio_buffer_commit_empty', 'Error committing input audio buffer: the buffer is empty.');
        this.commit(this.bufferLen, undefined);
        return;
      }
      case 'input_audio_buffer.clear':
        this.dropBuffer(this.bufferLen);
        this.turns.reset();
        return this.emit('input_audio_buffer.cleared', {});
      case 'conversation.item.create':
        return this.createItem(ev);
      case 'conversation.item.retrieve': {
        const item = this.findItem(ev.item_id);
        return this.emit('conversation.item.retrieved', { item: item.view });
      }
      case 'conversation.item.delete': {
        const item = this.findItem(ev.item_id);
        this.items.splice(this.items.indexOf(item), 1);
        return this.emit('conversation.item.deleted', { item_id: item.id });
      }
      case 'conversation.item.truncate':
        return this.truncate(ev);
      case 'response.create':
        return this.createResponse(ev.response, undefined);
      case 'response.cancel': {
        const r = this.response;
        if (!r || (typeof ev.response_id === 'string' && ev.response_id !== r.id)) {
          throw new ClientEventError('response_cancel_not_active', 'Cancellation failed: no active response found.');
        }
        return r.cancel('client_cancelled');
      }
      case 'output_audio_buffer.clear':
        this.response?.cancel('client_cancelled');
        return this.emit('output_audio_buffer.cleared', {});
      default:
        throw new ClientEventError('invalid_event_type', `Invalid event type '${type}'.`, 'type');
    }
  }

  private append(samples: Int16Array): void {
    if (samples.length === 0) return;
    this.buffer.push(samples);
    this.bufferLen += samples.length;
    this.received += samples.length;
    if (this.cfg.turnDetection) {
      this.arrivals.push({ end: this.received, at: performance.now() });
      this.vadPending.push(samples);
      this.pumpVad();
      // Not speaking: drop what VAD has judged silence, keeping what prefix
      // padding may need. Only audio VAD has decided on: a client may send
      // faster than real time (a recording in one go), and audio not yet
      // decided may hold the start of speech (trimming by arrival once left
      // such a turn its last half second).
      if (!this.turns.speaking) {
        const keep = msToSamples(this.cfg.turnDetection.prefix_padding_ms) + 2 * 512;
        const silent = msToSamples(this.decidedUpTo) - keep - this.bufferStart;
        if (silent > keep) this.dropBuffer(Math.min(silent, this.bufferLen));
      }
    }
  }

  /** Sends what waits to the VAD stage, one request at a time. */
  private pumpVad(): void {
    if (this.vadBusy || this.closed || this.vadPending.length === 0) return;
    const n = this.vadPending.reduce((s, p) => s + p.length, 0);
    const chunk = new Int16Array(n);
    let at = 0;
    for (const p of this.vadPending) {
      chunk.set(p, at);
      at += p.length;
    }
    this.vadPending = [];
    this.vadBusy = true;
    const startMs = samplesToMs(this.vadSent - this.pendingInState());
    this.vadSent += n;
    this.d.stages.detectSpeech(chunk, this.vadState, this.ctx).then((r) => {
      this.vadState = r.state;
      this.vadBusy = false;
      if (this.closed || !this.cfg.turnDetection) return;
      this.decidedUpTo = startMs + samplesToMs(r.probabilities.length * (r.windowSamples || 512));
      for (const t of this.turns.push(r.probabilities, samplesToMs(r.windowSamples), startMs, {
        threshold: this.cfg.turnDetection.threshold, prefixPaddingMs: this.cfg.turnDetection.prefix_padding_ms, silenceDurationMs: this.cfg.turnDetection.silence_duration_ms,
      })) this.onTurn(t);
      // Audio VAD has decided on is not asked about again.
      const decided = msToSamples(this.decidedUpTo);
      let drop = 0;
      while (drop < this.arrivals.length && this.arrivals[drop]!.end <= decided) drop++;
      if (drop) this.arrivals.splice(0, drop);
      this.pumpVad();
    }, (err) => {
      this.vadBusy = false;
      this.error(err, null);
      this.pumpVad();
    });
  }

  /** Session audio (ms) the VAD has decided on so far. */
  private decidedUpTo = 0;

  /** How long ago the audio holding `audioMs` arrived: how long VAD took to decide on it. */
  private decisionLag(audioMs: number): number {
    const sample = msToSamples(audioMs);
    const a = this.arrivals.find((x) => x.end >= sample);
    return a ? performance.now() - a.at : 0;
  }

  /** Samples the VAD state carries over (audio short of a window), from its size. */
  private pendingInState(): number {
    const floats = (this.vadState?.length ?? 0) / 4;
    return Math.max(0, floats - 2 * 128 - 64);
  }

  private onTurn(t: ReturnType<TurnDetector['push']>[number]): void {
    const vad = this.cfg.turnDetection!;
    if (t.type === 'speech_started') {
      this.speechStartMs = t.audioStartMs;
      this.span.addEvent('speech_started', { audio_start_ms: t.audioStartMs });
      this.emit('input_audio_buffer.speech_started', { audio_start_ms: Math.round(t.audioStartMs), item_id: this.nextItemId() });
      if (vad.interrupt_response && this.response) this.response.cancel('turn_detected');
      return;
    }
    const vadDecisionMs = this.decisionLag(t.decidedAtMs);
    this.span.addEvent('speech_stopped', { audio_end_ms: t.audioEndMs, vad_decision_ms: vadDecisionMs });
    const itemId = this.nextItemId();
    this.emit('input_audio_buffer.speech_stopped', { audio_end_ms: Math.round(t.audioEndMs), item_id: itemId });
    // The turn: from the prefix-padded start to where VAD decided it had
    // ended (the trailing silence included). Audio after that, sent faster
    // than real time, stays for the next turn.
    const from = Math.max(0, msToSamples(this.speechStartMs) - this.bufferStart);
    if (from > 0) this.dropBuffer(Math.min(from, this.bufferLen));
    const upTo = Math.min(this.bufferLen, msToSamples(t.decidedAtMs) - this.bufferStart);
    if (upTo <= 0) return;
    const turn: TurnTimings = { speechEndedAt: performance.now(), speechStartMs: this.speechStartMs, speechEndMs: t.audioEndMs, vadDecisionMs };
    const item = this.commit(upTo, itemId);
    if (vad.create_response && !this.response) this.createResponse(undefined, turn, item);
  }

  private pendingItemId: string | undefined;
  private nextItemId(): string {
    this.pendingItemId ??= newId('item');
    return this.pendingItemId;
  }

  private takeBuffer(n: number): Int16Array {
    const all = new Int16Array(this.bufferLen);
    let at = 0;
    for (const p of this.buffer) {
      all.set(p, at);
      at += p.length;
    }
    this.buffer = n < this.bufferLen ? [all.slice(n)] : [];
    this.bufferLen -= n;
    this.bufferStart += n;
    return all.subarray(0, n);
  }

  private dropBuffer(n: number): void {
    this.takeBuffer(n);
  }

  /** Makes the first `n` buffered samples a user item and transcribes it. */
  private commit(n: number, itemId: string | undefined): Item {
    const audio = this.takeBuffer(n);
    const id = itemId ?? this.nextItemId();
    this.pendingItemId = undefined;
    const previous = this.items.at(-1)?.id ?? null;
    const t0 = performance.now();
    const view: Record<string, unknown> = { id, object: 'realtime.item', type: 'message', role: 'user', status: 'completed', content: [{ type: 'input_audio', transcript: null }] };
    const text = this.d.stages.transcribe(audio, this.ctx, this.transcribeModel()).then((t) => {
      item.transcribeMs = performance.now() - t0;
      return t;
    });
    const item: Item = { id, role: 'user', text: text.catch(() => ''), view, audioMs: samplesToMs(n) };
    this.items.push(item);
    this.emit('input_audio_buffer.committed', { previous_item_id: previous, item_id: id });
    this.emit('conversation.item.added', { previous_item_id: previous, item: view });
    if (this.d.protocol === 'ga') this.emit('conversation.item.done', { previous_item_id: previous, item: view });
    text.then((transcript) => {
      this.span.addEvent('transcribed', { item_id: id, ms: item.transcribeMs ?? 0 });
      (view.content as { transcript: string | null }[])[0]!.transcript = transcript;
      this.emit('conversation.item.input_audio_transcription.completed', { item_id: id, content_index: 0, transcript, usage: { type: 'duration', seconds: samplesToMs(n) / 1000 } });
    }, (err) => {
      this.emit('conversation.item.input_audio_transcription.failed', { item_id: id, content_index: 0, error: errorPayload(err, null) });
    });
    return item;
  }

  private transcribeModel(): string | undefined {
    return catalogTranscriptionModel(this.cfg);
  }

  private createItem(ev: Record<string, unknown>): void {
    const raw = ev.item as Record<string, unknown> | undefined;
    if (!raw || typeof raw !== 'object') throw new ClientEventError('invalid_value', "Missing 'item'.", 'item');
    if (raw.type !== 'message') throw new ClientEventError('invalid_value', `Item type '${String(raw.type)}' is not supported: Weft takes message items.`, 'item.type');
    const role = raw.role;
    if (role !== 'user' && role !== 'assistant' && role !== 'system') throw new ClientEventError('invalid_value', "item.role must be 'user', 'assistant' or 'system'.", 'item.role');
    const content = raw.content;
    if (!Array.isArray(content) || content.length === 0) throw new ClientEventError('invalid_value', 'item.content must be a non-empty array.', 'item.content');
    const texts: Promise<string>[] = content.map((c: Record<string, unknown>, i) => {
      if (['input_text', 'text', 'output_text'].includes(c?.type as string)) {
        if (typeof c.text !== 'string') throw new ClientEventError('invalid_value', `item.content[${i}].text must be a string.`, `item.content[${i}].text`);
        return Promise.resolve(c.text);
      }
      if (c?.type === 'input_audio') {
        const samples = new InputAudio(this.cfg.inputFormat).push(decodeAppend(c.audio));
        return this.d.stages.transcribe(samples, this.ctx, this.transcribeModel()).catch(() => '');
      }
      throw new ClientEventError('invalid_value', `Content type '${String(c?.type)}' is not supported.`, `item.content[${i}].type`);
    });
    const id = typeof raw.id === 'string' && raw.id ? raw.id : newId('item');
    if (this.items.some((x) => x.id === id)) throw new ClientEventError('invalid_value', `An item with id '${id}' already exists.`, 'item.id');
    const view = { id, object: 'realtime.item', type: 'message', role, status: 'completed', content };
    const previous = typeof ev.previous_item_id === 'string' ? ev.previous_item_id : this.items.at(-1)?.id ?? null;
    const at = previous === null ? 0 : this.items.findIndex((x) => x.id === previous) + 1;
    if (typeof ev.previous_item_id === 'string' && at === 0) throw new ClientEventError('item_not_found', `previous_item_id '${ev.previous_item_id}' does not exist.`, 'previous_item_id');
    this.items.splice(at, 0, { id, role, view, text: Promise.all(texts).then((t) => t.join(' ')) });
    this.emit('conversation.item.added', { previous_item_id: previous, item: view });
    if (this.d.protocol === 'ga') this.emit('conversation.item.done', { previous_item_id: previous, item: view });
  }

  private findItem(id: unknown): Item {
    const item = this.items.find((x) => x.id === id);
    if (!item) throw new ClientEventError('item_not_found', `Item with item_id '${String(id)}' not found.`, 'item_id');
    return item;
  }

  /** Trims an assistant item to the audio the client played (after a barge-in): its transcript keeps the same share of words. */
  private truncate(ev: Record<string, unknown>): void {
    const item = this.findItem(ev.item_id);
    if (item.role !== 'assistant') throw new ClientEventError('invalid_value', 'Only assistant message items can be truncated.', 'item_id');
    const end = ev.audio_end_ms;
    if (typeof end !== 'number' || end < 0) throw new ClientEventError('invalid_value', 'audio_end_ms must be a number ≥ 0.', 'audio_end_ms');
    const total = item.audioMs ?? 0;
    if (end > total + 1) throw new ClientEventError('invalid_value', `audio_end_ms ${end} is past the item's audio (${Math.round(total)} ms).`, 'audio_end_ms');
    item.text = item.text.then((t) => {
      const words = t.split(/\s+/).filter(Boolean);
      const kept = words.slice(0, total > 0 ? Math.round((words.length * end) / total) : 0).join(' ');
      const part = (item.view.content as Record<string, unknown>[])[0];
      if (part && 'transcript' in part) part.transcript = kept;
      return kept;
    });
    item.audioMs = end;
    this.emit('conversation.item.truncated', { item_id: item.id, content_index: typeof ev.content_index === 'number' ? ev.content_index : 0, audio_end_ms: end });
  }

  private createResponse(raw: unknown, turn: TurnTimings | undefined, after?: Item): void {
    const r = (raw ?? {}) as Record<string, unknown>;
    if (typeof r !== 'object' || Array.isArray(r)) throw new ClientEventError('invalid_value', 'response must be an object.', 'response');
    const outOfBand = r.conversation === 'none';
    if (r.conversation !== undefined && r.conversation !== 'auto' && r.conversation !== 'none') {
      throw new ClientEventError('invalid_value', "response.conversation must be 'auto' or 'none'.", 'response.conversation');
    }
    if (this.response && !outOfBand) {
      throw new ClientEventError('conversation_already_has_active_response', `Conversation already has an active response in progress: ${this.response.id}. Wait until the response is finished before creating a new one.`);
    }
    // Per-response overrides go through the same checks as session.update.
    const o = applySessionUpdate(this.cfg, {
      ...(r.modalities !== undefined ? { modalities: r.modalities } : {}),
      ...(r.output_modalities !== undefined ? { output_modalities: r.output_modalities } : {}),
      ...(r.instructions !== undefined ? { instructions: r.instructions } : {}),
      ...(r.voice !== undefined ? { voice: r.voice } : {}),
      ...(r.output_audio_format !== undefined ? { output_audio_format: r.output_audio_format } : {}),
      ...(r.temperature !== undefined ? { temperature: r.temperature } : {}),
      ...(r.max_output_tokens !== undefined ? { max_output_tokens: r.max_output_tokens } : {}),
      ...(r.max_response_output_tokens !== undefined ? { max_response_output_tokens: r.max_response_output_tokens } : {}),
      ...(r.audio !== undefined ? { audio: r.audio } : {}),
    });
    // A beta client's ["text", "audio"] means audio with its transcript.
    const modalities: Modality[] = o.modalities.includes('audio') ? ['audio'] : ['text'];
    let items: Item[] = this.items;
    if (Array.isArray(r.input)) {
      items = r.input.map((x: Record<string, unknown>) => {
        const role = (x?.role as Item['role']) ?? 'user';
        const text = Array.isArray(x?.content) ? (x.content as { text?: string; transcript?: string }[]).map((c) => c.text ?? c.transcript ?? '').join(' ') : '';
        return { id: String(x?.id ?? newId('item')), role, text: Promise.resolve(text), view: x };
      });
    }
    const opts: Omit<ResponseOptions, 'messages'> = {
      modalities, voice: o.voice, speed: o.speed, outputFormat: o.outputFormat, temperature: o.temperature,
      maxOutputTokens: o.maxOutputTokens, outOfBand, metadata: (r.metadata as Record<string, string>) ?? null,
    };
    const start = async () => {
      const messages: IChatMessage[] = [];
      if (o.instructions) messages.push({ role: 'system', content: o.instructions });
      for (const it of items) {
        const t = await it.text;
        if (t) messages.push({ role: it.role, content: t });
      }
      if (!messages.some((m) => m.role === 'user')) messages.push({ role: 'user', content: '' });
      const timings = turn && { ...turn, transcribeMs: after?.transcribeMs };
      return new RealtimeResponse(this.d.stages, { ...opts, messages, turn: timings }, (type, payload) => this.emit(type, payload), this.d.protocol, this.ctx, this.id);
    };
    // The response is taken now (a second response.create is refused at once); it starts once the transcripts it reads are in.
    const pending = start();
    const holder = {
      id: 'pending', reason: undefined as string | undefined,
      cancel(reason: string) {
        this.reason ??= reason;
      },
    };
    if (!outOfBand) this.response = holder as unknown as RealtimeResponse;
    pending.then((resp) => {
      if (!outOfBand) {
        if (holder.reason) resp.cancel(holder.reason);
        else if ((this.response as unknown) === holder) this.response = resp;
      }
      if (this.closed) resp.cancel('client_disconnected');
      void resp.done.then((result) => {
        if (this.response === resp) this.response = undefined;
        if (!outOfBand) {
          this.items.push({ id: resp.itemId, role: 'assistant', text: Promise.resolve(result.text), view: result.item, audioMs: result.audioMs });
        }
      });
    }, (err) => {
      if ((this.response as unknown) === holder) this.response = undefined;
      this.error(err, null);
    });
  }

  /** The client left: everything of this session stops on the executors. */
  close(): void {
    if (this.closed) return;
    this.response?.cancel('client_disconnected');
    this.closed = true;
    this.span.end();
  }

  /** Runs `fn` in the session's trace context. */
  within<T>(fn: () => T): T {
    return context.with(this.ctx, fn);
  }
}

/** The catalog model a session's transcription names; undefined: the gateway's own. */
function catalogTranscriptionModel(cfg: SessionConfig): string | undefined {
  const m = cfg.transcriptionModel;
  // OpenAI's model names (whisper-1, gpt-4o-transcribe) mean "transcribe": the configured model does.
  return m && !/^(whisper|gpt-)/.test(m) && m !== 'default' ? m : undefined;
}
