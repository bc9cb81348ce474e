// The wire codecs: what one process encodes, another decodes unchanged.
// Unset optional sampling fields stay unset (engine default), set ones
// survive even when they are 0, and 64-bit fields arrive as JS numbers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DeviceKind, DeviceSource, ErrorCode, ExecutorInfo, FinishReason, GenerateChunk, InferenceRequest, ModelState, Priority, ReplyFrame,
  SamplingParams, type IExecutorInfo, type IInferenceRequest,
} from '../../proto/index.ts';

const roundTrip = <T>(codec: { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): unknown }, m: T) =>
  codec.decode(codec.encode(m).finish());

describe('InferenceRequest', () => {
  const request: IInferenceRequest = {
    requestId: 'req_0123',
    tenant: 'acme',
    model: 'qwen2.5:0.5b',
    priority: Priority.PRIORITY_BATCH,
    deadlineUnixMs: 1_767_225_600_123.5,
    replySubject: 'weft.v1.reply.gw-1.req_0123',
    createdUnixMs: 1_767_225_599_000,
    chat: {
      messages: [
        { role: 'system', content: 'Be terse.', name: '' },
        { role: 'user', content: 'héllo ✓', name: 'ann' },
      ],
      sampling: { temperature: 0.5, topP: 0.25, maxTokens: 64, stop: ['\n\n', 'END'], seed: 42 },
    },
  };

  test('round-trips every field, including the chat body', () => {
    const d = roundTrip(InferenceRequest, request) as InferenceRequest;
    assert.equal(d.requestId, 'req_0123');
    assert.equal(d.tenant, 'acme');
    assert.equal(d.model, 'qwen2.5:0.5b');
    assert.equal(d.priority, Priority.PRIORITY_BATCH);
    assert.equal(d.deadlineUnixMs, 1_767_225_600_123.5);
    assert.equal(d.replySubject, 'weft.v1.reply.gw-1.req_0123');
    assert.equal(d.createdUnixMs, 1_767_225_599_000);
    assert.equal(d.body, 'chat');
    assert.deepEqual(d.chat!.messages!.map((m) => ({ role: m.role, content: m.content, name: m.name })), [
      { role: 'system', content: 'Be terse.', name: '' },
      { role: 'user', content: 'héllo ✓', name: 'ann' },
    ]);
    const s = d.chat!.sampling!;
    assert.equal(s.temperature, 0.5);
    assert.equal(s.topP, 0.25);
    assert.equal(s.maxTokens, 64);
    assert.deepEqual([...s.stop!], ['\n\n', 'END']);
    assert.equal(s.seed, 42);
  });

  test('a request without a body decodes with no chat', () => {
    const d = roundTrip(InferenceRequest, { requestId: 'r' }) as InferenceRequest;
    assert.equal(d.requestId, 'r');
    assert.equal(d.chat ?? null, null);
    assert.equal(d.body, undefined);
  });

  test('unset scalars decode as their proto3 defaults', () => {
    const d = roundTrip(InferenceRequest, {}) as InferenceRequest;
    assert.equal(d.requestId, '');
    assert.equal(d.priority, Priority.PRIORITY_UNSPECIFIED);
    assert.equal(d.deadlineUnixMs, 0);
  });
});

describe('SamplingParams optional fields', () => {
  const OPTIONAL = ['temperature', 'topP', 'seed', 'presencePenalty', 'frequencyPenalty'] as const;

  test('unset optionals decode as absent (null), meaning "engine default"', () => {
    const d = roundTrip(SamplingParams, { maxTokens: 16 }) as SamplingParams;
    for (const k of OPTIONAL) {
      assert.equal(d[k] ?? null, null, `${k} should be unset`);
      assert.equal(Object.hasOwn(d, k), false, `${k} should not be an own field`);
    }
    assert.equal(d.maxTokens, 16);
    assert.deepEqual([...d.stop], []);
  });

  test('optionals set to 0 survive (0 is a value, not "unset")', () => {
    const zeros = { temperature: 0, topP: 0, seed: 0, presencePenalty: 0, frequencyPenalty: 0 };
    const d = roundTrip(SamplingParams, zeros) as SamplingParams;
    for (const k of OPTIONAL) {
      assert.equal(Object.hasOwn(d, k), true, `${k}=0 should be present`);
      assert.equal(d[k], 0, k);
    }
  });

  test('optionals set to non-zero values survive (float32 precision)', () => {
    const d = roundTrip(SamplingParams, { temperature: 1.7, topP: 0.9, seed: 7, presencePenalty: -1.5, frequencyPenalty: 2 }) as SamplingParams;
    assert.equal(d.temperature, Math.fround(1.7));
    assert.equal(d.topP, Math.fround(0.9));
    assert.equal(d.seed, 7);
    assert.equal(d.presencePenalty, -1.5);
    assert.equal(d.frequencyPenalty, 2);
  });

  test('the uint64 seed decodes as a JS number, exact up to 2^53-1', () => {
    for (const seed of [0, 1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER]) {
      const d = roundTrip(SamplingParams, { seed }) as SamplingParams;
      assert.equal(typeof d.seed, 'number', `seed ${seed} decoded as ${typeof d.seed}`);
      assert.equal(d.seed, seed);
    }
  });
});

describe('ReplyFrame', () => {
  test('an accepted frame round-trips, with kind "accepted"', () => {
    const d = roundTrip(ReplyFrame, { requestId: 'r1', accepted: { schedulerId: 'sched-a' } }) as ReplyFrame;
    assert.equal(d.requestId, 'r1');
    assert.equal(d.kind, 'accepted');
    assert.equal(d.accepted!.schedulerId, 'sched-a');
    assert.equal(d.chunk ?? null, null);
    assert.equal(d.error ?? null, null);
  });

  test('a chunk frame round-trips, with kind "chunk": the last text delta and the final (usage, timing) in one chunk', () => {
    const d = roundTrip(ReplyFrame, {
      requestId: 'r2',
      chunk: {
        delta: { text: 'Hello, wörld', tokens: 3 },
        final: {
          finishReason: FinishReason.FINISH_REASON_LENGTH,
          usage: { promptTokens: 12, completionTokens: 3 },
          timing: { queueMs: 0.25, timeToFirstTokenMs: 12.5, totalMs: 40.125 },
        },
      },
    }) as ReplyFrame;
    assert.equal(d.kind, 'chunk');
    const c = d.chunk!;
    assert.equal(c.output, 'delta');
    assert.equal(c.delta!.text, 'Hello, wörld');
    assert.equal(c.delta!.tokens, 3);
    const f = c.final!;
    assert.equal(f.finishReason, FinishReason.FINISH_REASON_LENGTH);
    assert.equal(f.usage!.promptTokens, 12);
    assert.equal(f.usage!.completionTokens, 3);
    assert.equal(f.timing!.queueMs, 0.25);
    assert.equal(f.timing!.timeToFirstTokenMs, 12.5);
    assert.equal(f.timing!.totalMs, 40.125);
    assert.equal(d.accepted ?? null, null);
    assert.equal(d.error ?? null, null);
  });

  test('an empty chunk (zero-length text) still decodes as kind "chunk"', () => {
    const d = roundTrip(ReplyFrame, { requestId: 'r', chunk: {} }) as ReplyFrame;
    assert.equal(d.kind, 'chunk');
    assert.equal(d.chunk!.output, undefined);
    assert.equal(d.chunk!.final ?? null, null);
  });

  test('an embeddings chunk round-trips: one vector per input, with its index', () => {
    const d = roundTrip(GenerateChunk, { embeddings: { items: [{ index: 0, vector: [0.5, -0.25] }, { index: 1, vector: [1, 0] }] } }) as GenerateChunk;
    assert.equal(d.output, 'embeddings');
    assert.deepEqual(d.embeddings!.items!.map((e) => [e.index, [...(e.vector ?? [])]]), [[0, [0.5, -0.25]], [1, [1, 0]]]);
  });

  test('an error frame round-trips, with kind "error"', () => {
    const d = roundTrip(ReplyFrame, {
      requestId: 'r3', error: { code: ErrorCode.ERROR_CODE_NO_CAPACITY, message: 'busy', retryAfterS: 2 },
    }) as ReplyFrame;
    assert.equal(d.kind, 'error');
    assert.equal(d.error!.code, ErrorCode.ERROR_CODE_NO_CAPACITY);
    assert.equal(d.error!.message, 'busy');
    assert.equal(d.error!.retryAfterS, 2);
    assert.equal(d.accepted ?? null, null);
    assert.equal(d.chunk ?? null, null);
  });
});

describe('ExecutorInfo', () => {
  const info: IExecutorInfo = {
    executorId: 'exec-a',
    grpcAddress: '10.0.0.7:50051',
    devices: [
      { kind: DeviceKind.DEVICE_KIND_CPU, source: DeviceSource.DEVICE_SOURCE_DETECTED, index: 0, name: 'AMD EPYC', cores: 16, simd: 'avx512',
        memoryTotalBytes: 128 * 2 ** 30, memoryFreeBytes: 100 * 2 ** 30 + 7 },
      { kind: DeviceKind.DEVICE_KIND_NVIDIA, source: DeviceSource.DEVICE_SOURCE_DECLARED, index: 1, name: 'H100', computeCapability: '9.0',
        memoryTotalBytes: 80 * 2 ** 30, memoryFreeBytes: 0 },
    ],
    engines: ['llama.cpp'],
    models: [
      { name: 'tiny', engine: 'llama.cpp', state: ModelState.MODEL_STATE_READY, slotsTotal: 4, slotsBusy: 1, contextSize: 2048 },
      { name: 'broken', engine: 'llama.cpp', state: ModelState.MODEL_STATE_FAILED, error: 'file not found' },
    ],
    slotsFree: 3,
    outstanding: 2,
    tokensGeneratedTotal: 2 ** 40 + 123,
    activeSequences: 1,
    startedUnixMs: 1_767_225_600_000,
    heartbeatIntervalMs: 1000,
    threads: 16,
  };

  test('round-trips devices, engines, models and counters', () => {
    const d = roundTrip(ExecutorInfo, info) as ExecutorInfo;
    assert.equal(d.executorId, 'exec-a');
    assert.equal(d.grpcAddress, '10.0.0.7:50051');
    assert.deepEqual([...d.engines], ['llama.cpp']);
    assert.equal(d.devices.length, 2);
    const [cpu, gpu] = d.devices;
    assert.equal(cpu!.kind, DeviceKind.DEVICE_KIND_CPU);
    assert.equal(cpu!.source, DeviceSource.DEVICE_SOURCE_DETECTED);
    assert.equal(cpu!.name, 'AMD EPYC');
    assert.equal(cpu!.cores, 16);
    assert.equal(cpu!.simd, 'avx512');
    assert.equal(gpu!.kind, DeviceKind.DEVICE_KIND_NVIDIA);
    assert.equal(gpu!.source, DeviceSource.DEVICE_SOURCE_DECLARED);
    assert.equal(gpu!.index, 1);
    assert.equal(gpu!.computeCapability, '9.0');
    assert.deepEqual(d.models.map((m) => [m.name, m.state, m.slotsTotal, m.slotsBusy, m.contextSize, m.error]), [
      ['tiny', ModelState.MODEL_STATE_READY, 4, 1, 2048, ''],
      ['broken', ModelState.MODEL_STATE_FAILED, 0, 0, 0, 'file not found'],
    ]);
    assert.equal(d.slotsFree, 3);
    assert.equal(d.outstanding, 2);
    assert.equal(d.activeSequences, 1);
    assert.equal(d.startedUnixMs, 1_767_225_600_000);
    assert.equal(d.heartbeatIntervalMs, 1000);
    assert.equal(d.threads, 16);
  });

  test('uint64 fields (memory bytes, token counter) decode as JS numbers, zero included', () => {
    const d = roundTrip(ExecutorInfo, info) as ExecutorInfo;
    const [cpu, gpu] = d.devices;
    for (const [what, value, expected] of [
      ['cpu.memoryTotalBytes', cpu!.memoryTotalBytes, 128 * 2 ** 30],
      ['cpu.memoryFreeBytes', cpu!.memoryFreeBytes, 100 * 2 ** 30 + 7],
      ['gpu.memoryTotalBytes', gpu!.memoryTotalBytes, 80 * 2 ** 30],
      ['gpu.memoryFreeBytes', gpu!.memoryFreeBytes, 0],
      ['tokensGeneratedTotal', d.tokensGeneratedTotal, 2 ** 40 + 123],
    ] as const) {
      assert.equal(typeof value, 'number', `${what} decoded as ${typeof value}`);
      assert.equal(value, expected, what);
    }
    const empty = roundTrip(ExecutorInfo, {}) as ExecutorInfo;
    assert.equal(typeof empty.tokensGeneratedTotal, 'number');
    assert.equal(empty.tokensGeneratedTotal, 0);
  });

  test('a decoded message survives JSON (no Long objects leak into heartbeats)', () => {
    const d = roundTrip(ExecutorInfo, info) as ExecutorInfo;
    const json = JSON.parse(JSON.stringify(ExecutorInfo.toObject(d)));
    assert.equal(json.tokensGeneratedTotal, 2 ** 40 + 123);
    assert.equal(json.devices[0].memoryTotalBytes, 128 * 2 ** 30);
  });
});
