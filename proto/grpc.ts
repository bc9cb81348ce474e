// The gRPC side of the wire contract: the Executor service's definition and
// client, generated from the .proto files. Kept out of proto/index.ts so that
// processes that speak only NATS (the launcher, a gateway on its own, the
// CLI) do not load grpc-js: about 17 MiB of resident memory each.
export { ExecutorService, ExecutorClient, type ExecutorServer } from './generated/services.ts';
export { fromGrpcError, grpcStatusOf, toGrpcError } from './grpc-errors.ts';
