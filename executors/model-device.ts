// The device a model must run on, from what the plan (a Replica) or a
// LoadModel request names: one of this executor's devices, simulated when it
// is declared rather than detected (its work then runs on the CPU).
import { DeviceSource, kindName, type DeviceKind, type IDevice } from '../proto/index.ts';
import type { ModelDevice } from './engine.ts';

/** The device of `kind` and `index` among `devices`, as a ModelDevice; undefined when this executor has none such. */
export function modelDevice(devices: readonly IDevice[], kind: DeviceKind | null | undefined, index: number | null | undefined): ModelDevice | undefined {
  const name = kindName(kind);
  if (!name) return undefined;
  const d = devices.find((x) => x.kind === kind && (x.index ?? 0) === (index ?? 0));
  if (!d) return undefined;
  return { kind: name, index: d.index ?? 0, simulated: d.source === DeviceSource.DEVICE_SOURCE_DECLARED };
}
