// The gRPC side of the wire contract: the Executor service's definition and
// client, generated from the .proto files. Kept out of proto/index.ts so that
// processes that speak only NATS (the launcher, a gateway on its own, the
// CLI) do not load grpc-js (17 MiB in a bare Node process; the launcher's
// imports came to 96 MiB instead of 103).
export { ExecutorService, ExecutorClient, type ExecutorServer } from './generated/services.ts';
export { fromGrpcError, grpcStatusOf, toGrpcError } from './grpc-errors.ts';
