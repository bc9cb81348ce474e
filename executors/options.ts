// What an executor needs to be told. deploy/config.ts reads these from the
// environment (and documents them); the executor only sees this shape.
import type { NatsSettings } from '../cluster/nats-options.ts';
import type { GrpcTlsSettings } from '../cluster/grpc-tls.ts';
export interface ExecutorOptions extends NatsSettings, GrpcTlsSettings {
  readonly executorId: string;
  readonly cluster: string;
  readonly grpcHost: string;
  readonly grpcPort: number;
  /** Address schedulers dial, when it differs from the bound one. */
  readonly grpcAdvertise: string | undefined;
  /** The NVIDIA GPU (nvidia-smi index) this executor drives; undefined: the first detected. */
  readonly gpu: number | undefined;
  /** 'off': offer no CPU device (another executor on this host offers it). */
  readonly cpuDevice: 'on' | 'off';
  /** CPU threads of the engines. */
  readonly threads: number;
  /** Defaults of LoadModel requests that set none. */
  readonly contextSize: number;
  readonly slots: number;
  readonly streamCoalesceMs: number;
  readonly syntheticSpeed: number;
  readonly heartbeatMs: number;
}
