// The benchmark's own NATS connection to a fabric: scheduler snapshots
// (queues, decision latency) and, for the decision benchmark, heartbeats of
// simulated executors.
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { SchedulerSnapshot, SnapshotRequest, type SchedulerSnapshot as Snapshot, type Subjects } from '../../proto/index.ts';

export async function connectNats(url: string): Promise<NatsConnection> {
  return connect({ servers: url, name: `weft-bench-${process.pid}` });
}

/** The snapshot of the one scheduler that answers first (the benchmark fabrics run one); `subjects` are its cluster's. */
export async function schedulerSnapshot(nc: NatsConnection, subjects: Subjects, timeoutMs = 2_000): Promise<Snapshot> {
  const msg = await nc.request(subjects.schedulerSnapshot, SnapshotRequest.encode({ requester: `weft-bench-${process.pid}` }).finish(), { timeout: timeoutMs });
  return SchedulerSnapshot.decode(msg.data);
}
