// A DECLARED device inventory, from the WEFT_DEVICES environment variable:
// a JSON array such as
//
//   [{"kind":"nvidia","name":"NVIDIA H100 80GB HBM3","memoryGiB":80,"count":2,"computeCapability":"9.0"},
//    {"kind":"ascend","name":"Ascend 910B3","memoryGiB":64},
//    {"kind":"cpu","cores":8,"memoryGiB":32}]
//
// Declared devices are simulation: every one has source DECLARED, and a
// declared accelerator's work runs on the CPU underneath (engines.ts marks
// its engines simulated). Fields per entry:
//   kind               "nvidia" | "ascend" | "cpu"                      (required)
//   name               string                                         (required for nvidia/ascend; cpu default "declared cpu")
//   memoryGiB          number > 0, GiB = 2^30 bytes, per device        (required)
//   count              integer 1..1024, default 1: that many identical devices
//   computeCapability  "major.minor", nvidia only (e.g. "9.0"); bf16 needs ≥ 8.0
//   cores              integer ≥ 1, cpu only                            (required for cpu)
//   simd               string, cpu only (e.g. "avx2")
// Unknown fields are errors, so that a typo ("memoryGB") is not silently dropped.
import { DeviceKind, DeviceSource, type IDevice } from '../../proto/index.ts';

const GIB = 1024 ** 3;
const MAX_COUNT = 1024;
const MAX_MEMORY_GIB = 1024 * 1024; // 1 PiB: anything above is a unit mistake

const KINDS = { nvidia: DeviceKind.DEVICE_KIND_NVIDIA, ascend: DeviceKind.DEVICE_KIND_ASCEND, cpu: DeviceKind.DEVICE_KIND_CPU } as const;
type KindName = keyof typeof KINDS;

const FIELDS: Record<KindName, readonly string[]> = {
  nvidia: ['kind', 'name', 'memoryGiB', 'count', 'computeCapability'],
  ascend: ['kind', 'name', 'memoryGiB', 'count'],
  cpu: ['kind', 'name', 'memoryGiB', 'count', 'cores', 'simd'],
};

const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * Parses a WEFT_DEVICES value into DECLARED devices, `count` copies per entry,
 * indexed per kind in order (two nvidia entries of count 2 → nvidia 0..3).
 * Throws an Error naming the entry and field for any invalid input. An empty
 * array is valid: it declares no devices.
 */
export function parseDeclaredDevices(json: string): IDevice[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new Error(`WEFT_DEVICES is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`WEFT_DEVICES must be a JSON array of device entries, got ${show(parsed)}`);

  const next: Record<KindName, number> = { nvidia: 0, ascend: 0, cpu: 0 };
  const devices: IDevice[] = [];
  parsed.forEach((entry: unknown, i) => {
    const where = `WEFT_DEVICES[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new Error(`${where} must be an object like {"kind":"nvidia",…}, got ${show(entry)}`);
    }
    const e = entry as Record<string, unknown>;
    if (typeof e.kind !== 'string' || !Object.hasOwn(KINDS, e.kind)) {
      throw new Error(`${where}.kind must be one of "nvidia", "ascend", "cpu", got ${show(e.kind)}`);
    }
    const kind = e.kind as KindName;
    const at = `${where} (kind "${kind}")`;
    for (const key of Object.keys(e)) {
      if (!FIELDS[kind].includes(key)) {
        throw new Error(`${at}: unknown field "${key}" (allowed for ${kind}: ${FIELDS[kind].join(', ')})`);
      }
    }

    let name = kind === 'cpu' ? 'declared cpu' : '';
    if (e.name !== undefined || kind !== 'cpu') {
      if (typeof e.name !== 'string' || e.name.trim() === '') throw new Error(`${at}: name must be a non-empty string, got ${show(e.name)}`);
      name = e.name.trim();
    }

    const mem = e.memoryGiB;
    if (typeof mem !== 'number' || !Number.isFinite(mem) || mem <= 0 || mem > MAX_MEMORY_GIB) {
      throw new Error(`${at}: memoryGiB must be a number of GiB > 0 and ≤ ${MAX_MEMORY_GIB}, got ${show(mem)}`);
    }

    const count = e.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
      throw new Error(`${at}: count must be an integer from 1 to ${MAX_COUNT}, got ${show(e.count)}`);
    }

    let computeCapability = '';
    if (e.computeCapability !== undefined) {
      if (typeof e.computeCapability !== 'string' || !/^\d+\.\d+$/.test(e.computeCapability)) {
        throw new Error(`${at}: computeCapability must be a "major.minor" string such as "9.0", got ${show(e.computeCapability)}`);
      }
      computeCapability = e.computeCapability;
    }

    let cores = 0;
    if (kind === 'cpu') {
      if (typeof e.cores !== 'number' || !Number.isInteger(e.cores) || e.cores < 1 || e.cores > 65536) {
        throw new Error(`${at}: cores must be an integer ≥ 1, got ${show(e.cores)}`);
      }
      cores = e.cores;
    }
    let simd = '';
    if (e.simd !== undefined) {
      if (typeof e.simd !== 'string') throw new Error(`${at}: simd must be a string such as "avx2", got ${show(e.simd)}`);
      simd = e.simd;
    }

    const bytes = Math.round(mem * GIB);
    for (let n = 0; n < count; n++) {
      const index = next[kind]++;
      const d: IDevice = {
        kind: KINDS[kind],
        source: DeviceSource.DEVICE_SOURCE_DECLARED,
        index,
        name,
        memoryTotalBytes: bytes,
        memoryFreeBytes: bytes,
        uuid: `declared-${kind}-${index}`,
      };
      if (kind === 'nvidia') d.computeCapability = computeCapability;
      if (kind === 'cpu') Object.assign(d, { cores, simd });
      devices.push(d);
    }
  });
  return devices;
}
