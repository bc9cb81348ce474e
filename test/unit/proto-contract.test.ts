// The generated gRPC service description (proto/generated/services.ts)
// against the Executor service in executor.proto, read independently by
// protobufjs's reflection: same methods, same paths, same streaming, and
// serializers of the message types the .proto names.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { ExecutorClient, ExecutorService } from '../../proto/grpc.ts';

const PROTO_ROOT = fileURLToPath(new URL('../../proto/', import.meta.url));

/** One representative message per type the service uses, every field set that can be. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  'weft.v1.DescribeRequest': {},
  'weft.v1.ExecutorInfo': {
    executorId: 'exec-1', grpcAddress: '127.0.0.1:50051', engines: ['llama.cpp'], slotsFree: 3, outstanding: 1,
    tokensGeneratedTotal: 2 ** 33 + 5, activeSequences: 1, startedUnixMs: 1_700_000_000_000, heartbeatIntervalMs: 1000, threads: 8,
    devices: [{ kind: 1, source: 1, name: 'cpu', cores: 8, simd: 'avx2', memoryTotalBytes: 2 ** 34 }],
    models: [{ name: 'tiny', engine: 'llama.cpp', state: 2, slotsTotal: 4, slotsBusy: 1, contextSize: 2048, tasks: [1] }],
    contractVersion: 1, tasks: [1, 2],
  },
  'weft.v1.GenerateRequest': {
    requestId: 'req-1', model: 'tiny', deadlineUnixMs: 1_700_000_000_500, priority: 2, tenant: 'acme', contractVersion: 1,
    chat: { messages: [{ role: 'user', content: 'hi', name: 'ann' }], sampling: { temperature: 0.5, maxTokens: 8, stop: ['\n'], seed: 9 } },
  },
  'weft.v1.GenerateChunk': {
    delta: { text: 'hello', tokens: 2 },
    final: { finishReason: 1, usage: { promptTokens: 5, completionTokens: 2 }, timing: { queueMs: 0.5, timeToFirstTokenMs: 3.25, totalMs: 9 } },
  },
  'weft.v1.CancelRequest': { requestId: 'req-1' },
  'weft.v1.CancelReply': { found: true },
  'weft.v1.LoadModelRequest': { name: 'tiny', path: '/m/tiny.gguf', engine: 'llama.cpp', contextSize: 2048, slots: 4, chatTemplate: '{{ x }}', deviceKind: 2, deviceIndex: 3 },
  'weft.v1.LoadModelReply': { model: { name: 'tiny', engine: 'llama.cpp', state: 2, slotsTotal: 4, contextSize: 2048 } },
  'weft.v1.UnloadModelRequest': { name: 'tiny' },
  'weft.v1.UnloadModelReply': { unloaded: true },
};

type AnyMethod = {
  path: string; requestStream: boolean; responseStream: boolean; originalName: string;
  requestSerialize(m: unknown): Buffer; requestDeserialize(b: Buffer): unknown;
  responseSerialize(m: unknown): Buffer; responseDeserialize(b: Buffer): unknown;
};
const ours = ExecutorService as unknown as Record<string, AnyMethod>;

let service: protobuf.Service;

before(async () => {
  const root = new protobuf.Root();
  // The include root is proto/, as in `import "weft/v1/common.proto"`.
  root.resolvePath = (_origin, target) => join(PROTO_ROOT, target);
  await protobuf.load('weft/v1/executor.proto', root);
  root.resolveAll();
  service = root.lookupService('weft.v1.Executor');
});

/** The generated class a decoded message belongs to, as "weft.v1.Name". */
function typeNameOf(decoded: unknown): string {
  const ctor = (decoded as { constructor: { getTypeUrl?(prefix: string): string } }).constructor;
  assert.equal(typeof ctor.getTypeUrl, 'function', 'decoded value is not a generated message');
  return ctor.getTypeUrl!('').replace(/^\//, '');
}

/**
 * Encodes with one side and decodes with the other, both ways: our serializer's
 * bytes read back through the .proto's own type, and the .proto type's bytes
 * through our deserializer, which must yield the generated class of that type.
 */
function assertCodecMatches(type: protobuf.Type, serialize: (m: unknown) => Buffer, deserialize: (b: Buffer) => unknown) {
  const name = type.fullName.replace(/^\./, '');
  const sample = SAMPLES[name];
  assert.ok(sample, `no sample message for ${name}`);
  const opts = { longs: Number, enums: Number, defaults: false } as const;

  const viaReflection = type.toObject(type.decode(serialize(sample)), opts);
  assert.deepEqual(JSON.parse(JSON.stringify(viaReflection)), sample, `${name}: our serializer's bytes, read by the .proto type`);

  const decoded = deserialize(Buffer.from(type.encode(type.fromObject(sample)).finish()));
  assert.equal(typeNameOf(decoded), name, 'our deserializer yields a message of the type the .proto names');
  const back = type.toObject(type.fromObject(decoded as Record<string, unknown>), opts);
  assert.deepEqual(JSON.parse(JSON.stringify(back)), sample, `${name}: the .proto type's bytes, read by our deserializer`);
}

describe('ExecutorService matches service weft.v1.Executor in executor.proto', () => {
  test('it has exactly the methods the .proto declares', () => {
    assert.deepEqual(Object.keys(ours).sort(), service.methodsArray.map((m) => m.name).sort());
  });

  test('every method has the path /weft.v1.Executor/<Name> and a lowerCamel originalName', () => {
    for (const m of service.methodsArray) {
      assert.equal(ours[m.name]!.path, `/weft.v1.Executor/${m.name}`);
      assert.equal(ours[m.name]!.originalName, m.name[0]!.toLowerCase() + m.name.slice(1));
    }
  });

  test('streaming flags match the .proto (only Generate streams, and only its response)', () => {
    for (const m of service.methodsArray) {
      assert.equal(ours[m.name]!.requestStream, Boolean(m.requestStream), `${m.name} requestStream`);
      assert.equal(ours[m.name]!.responseStream, Boolean(m.responseStream), `${m.name} responseStream`);
    }
    assert.deepEqual(Object.entries(ours).filter(([, m]) => m.responseStream).map(([n]) => n), ['Generate']);
  });

  describe('request and response serializers round-trip messages of the declared types', () => {
    for (const name of ['Describe', 'Generate', 'Cancel', 'LoadModel', 'UnloadModel']) {
      test(name, () => {
        const m = service.methods[name];
        assert.ok(m, `${name} is not in executor.proto`);
        m.resolve();
        const mine = ours[name]!;
        assertCodecMatches(m.resolvedRequestType!, mine.requestSerialize, mine.requestDeserialize);
        assertCodecMatches(m.resolvedResponseType!, mine.responseSerialize, mine.responseDeserialize);
      });
    }
  });

  test('ExecutorClient exposes one call per method, by originalName', () => {
    for (const m of Object.values(ours)) {
      assert.equal(typeof (ExecutorClient.prototype as Record<string, unknown>)[m.originalName], 'function', m.originalName);
    }
  });
});
