// The Executor gRPC service, described with the generated codecs so NATS and
// gRPC share one set of message types. test/unit/proto-contract.test.ts
// checks these paths and types against executor.proto.
import { makeGenericClientConstructor, type ServiceDefinition } from '@grpc/grpc-js';
import { weft } from './generated/weft.js';

const v1 = weft.v1;

type Codec<T> = { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T };

function method<Req, Res>(name: string, req: Codec<Req>, res: Codec<Res>, responseStream: boolean) {
  return {
    path: `/weft.v1.Executor/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
    originalName: name[0]!.toLowerCase() + name.slice(1),
  };
}

export const ExecutorService = {
  Describe: method('Describe', v1.DescribeRequest, v1.ExecutorInfo, false),
  Generate: method('Generate', v1.GenerateRequest, v1.GenerateChunk, true),
  Cancel: method('Cancel', v1.CancelRequest, v1.CancelReply, false),
  LoadModel: method('LoadModel', v1.LoadModelRequest, v1.LoadModelReply, false),
  UnloadModel: method('UnloadModel', v1.UnloadModelRequest, v1.UnloadModelReply, false),
} satisfies ServiceDefinition;

export const ExecutorClient = makeGenericClientConstructor(ExecutorService, 'Executor');
