// Huawei Ascend NPU discovery from `npu-smi info`, the table-shaped status
// report (there is no CSV/JSON form of it). Layout, as recorded on real
// machines (test/fixtures/ascend/, see SOURCES.md there):
//
//   | npu-smi 24.1.rc1.b030            Version: 24.1.rc1.b030          |
//   | NPU   Name          | Health | Power(W)  Temp(C)  Hugepages-Usage(page)|
//   | Chip  [Phy-ID|Device]| Bus-Id | AICore(%) Memory-Usage(MB) [HBM-Usage(MB)] |
//   +=====================+========+==========================================+
//   | 0     910B3         | OK     | 101.8     43       0    / 0             |   <- NPU row: NPU id, chip name
//   | 0                   | 0000:C1:00.0 | 0   0 / 0     3318 / 65536        |   <- chip row: chip id [, phy/logic id]
//   ...
//   | NPU   Chip          | Process id | Process name | Process memory(MB) |   <- process table: parsing stops here
//
// - 910B (Atlas A2): one chip per NPU; memory is the HBM pair (used / total).
// - A3 ("Ascend910", `Chip Phy-ID`): two chips per NPU, each with its own NPU
//   row (the second shows power "-").
// - 310P (`Chip Device`): no HBM column; memory is the DDR Memory-Usage pair.
//   An Atlas 300I Duo card shows one NPU id with two chips (same Bus-Id).
// Values are in MB as printed, which are MiB (64 GiB HBM prints as 65536).
// One Device per chip (each chip is a separate device to the CANN runtime).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeviceKind, DeviceSource, type IDevice } from '../../proto/index.ts';
import { DEFAULT_PROBE_TIMEOUT_MS, execFileRun, runTool, type ProbeResult, type Run } from './nvidia.ts';

const MIB = 1024 * 1024;
const HEALTH = /^(OK|Warning|Alarm|Critical|Error|Abnormal|Unknown)$/i;

interface NpuRow {
  npuId: number;
  chipName: string;
}

function cells(line: string): string[] {
  const t = line.trim();
  if (!t.startsWith('|')) return [];
  return t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** "used / total" pairs in a cell, in order ("3318 / 65536", "56152/ 65536"). */
function pairs(cell: string): [used: number, total: number][] {
  return [...cell.matchAll(/(\d+)\s*\/\s*(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** "Ascend 910B3" for "910B3"; names npu-smi already prefixes ("Ascend910") are kept as printed. */
function deviceName(chipName: string): string {
  return /^ascend/i.test(chipName) ? chipName : `Ascend ${chipName}`;
}

/**
 * Parses `npu-smi info` into one DETECTED Ascend device per chip: name
 * ("Ascend 910B3"), memory (HBM where the table has it, else the DDR
 * Memory-Usage pair; free = total − used), index (the logical device id from
 * a `Chip Device` column, else the chip's position in the table), uuid
 * "npu<NPU id>-chip<chip id>", and driver "npu-smi <version>". Lines that do
 * not fit the table (comments, prompts, garbage) are ignored; no table gives [].
 */
export function parseNpuSmiInfo(text: string): IDevice[] {
  let version = '';
  let idColumn: 'none' | 'phy-id' | 'device' = 'none';
  let hbmColumn: boolean | undefined; // unknown until the header is seen
  let npu: NpuRow | undefined;
  const devices: IDevice[] = [];

  for (const line of text.split(/\r?\n/)) {
    const c = cells(line);
    if (c.length === 0) continue;
    const first = c[0]!;

    const v = /\bVersion:\s*(\S+)/.exec(first) ?? /^npu-smi\s+(\S+)/.exec(first);
    if (/^npu-smi\b/.test(first) && v) {
      version = v[1]!;
      continue;
    }
    if (/Process id/i.test(line)) break; // process table: its "NPU Chip" rows look like chip rows
    if (/^Chip\b/.test(first)) {
      idColumn = /\bPhy-ID\b/i.test(first) ? 'phy-id' : /\bDevice\b/i.test(first) ? 'device' : 'none';
      hbmColumn = /HBM-Usage/i.test(line);
      continue;
    }

    // NPU rows carry a chip name and a health word; chip rows carry only ids
    // and a Bus-Id. Old 310 tables name the chip "310" (no letter), hence both tests.
    const npuRow = /^(\d+)\s+(\S.*)$/.exec(first);
    if (npuRow && c.length >= 3 && (/[A-Za-z]/.test(npuRow[2]!) || HEALTH.test(c[1]!))) {
      npu = { npuId: Number(npuRow[1]), chipName: npuRow[2]!.trim() };
      continue;
    }

    const chipRow = /^(\d+)(?:\s+(\d+))?$/.exec(first);
    if (!chipRow || !npu || c.length < 3) continue;
    const chipId = Number(chipRow[1]);
    const secondId = chipRow[2] === undefined ? undefined : Number(chipRow[2]);

    const ps = pairs(c[2]!);
    const memory = ps[0];
    const hbm = (hbmColumn ?? ps.length >= 2) ? ps[1] : undefined;
    const [used, total] = hbm && hbm[1] > 0 ? hbm : memory && memory[1] > 0 ? memory : [0, 0];

    devices.push({
      kind: DeviceKind.DEVICE_KIND_ASCEND,
      source: DeviceSource.DEVICE_SOURCE_DETECTED,
      index: idColumn === 'device' && secondId !== undefined ? secondId : devices.length,
      name: deviceName(npu.chipName),
      memoryTotalBytes: total * MIB,
      memoryFreeBytes: Math.max(0, total - used) * MIB,
      uuid: `npu${npu.npuId}-chip${chipId}`,
      driver: '',
    });
  }
  if (version) for (const d of devices) d.driver = `npu-smi ${version}`;
  return devices;
}

// ---------------------------------------------------------------------------
// CANN toolkit version

export interface FsLike {
  readFile(path: string): string;
  readdir(path: string): string[];
}

const realFs: FsLike = {
  readFile: (p) => readFileSync(p, 'utf8'),
  readdir: (p) => readdirSync(p),
};

/** Where a CANN toolkit may be: set_env.sh exports ASCEND_TOOLKIT_HOME (older) / ASCEND_HOME_PATH (newer); then the default install paths. */
export function cannRoots(env: NodeJS.ProcessEnv): string[] {
  const roots = [env.ASCEND_TOOLKIT_HOME, env.ASCEND_HOME_PATH, '/usr/local/Ascend/ascend-toolkit/latest', '/usr/local/Ascend/cann']
    .filter((r): r is string => typeof r === 'string' && r.trim() !== '');
  return [...new Set(roots)];
}

/**
 * The CANN version from `<root>/<arch>-linux/ascend_toolkit_install.info`
 * (its `version=` line), trying each root of cannRoots; "" when none is found.
 */
export function readCannVersion(env: NodeJS.ProcessEnv, fs: FsLike = realFs): string {
  for (const root of cannRoots(env)) {
    let entries: string[];
    try {
      entries = fs.readdir(root);
    } catch {
      continue;
    }
    for (const entry of entries.filter((e) => e.endsWith('-linux')).sort()) {
      try {
        const m = /^\s*version\s*=\s*(\S+)\s*$/m.exec(fs.readFile(join(root, entry, 'ascend_toolkit_install.info')));
        if (m) return m[1]!;
      } catch {
        // no info file under this arch directory
      }
    }
  }
  return '';
}

// ---------------------------------------------------------------------------
// Detection

export interface AscendProbeOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  fs?: FsLike;
}

/**
 * Runs `npu-smi info` (if present) with a timeout and parses it; when chips
 * are found, adds the CANN toolkit version to each device's driver string
 * ("CANN 8.0.RC2; npu-smi 24.1.rc1"). Never throws and logs nothing.
 */
export async function detectAscend(run: Run = execFileRun, opts: AscendProbeOptions = {}): Promise<ProbeResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const out = await runTool(run, 'npu-smi', ['info'], timeoutMs);
  if (!out.ok) return { devices: [], note: out.reason };
  const devices = parseNpuSmiInfo(out.stdout);
  if (devices.length === 0) {
    const sample = out.stdout.split('\n').map((l) => l.trim()).find((l) => l) ?? '';
    return { devices, note: `npu-smi info printed no NPU table${sample ? ` (first line: ${JSON.stringify(sample.slice(0, 80))})` : ''}` };
  }
  const cann = readCannVersion(opts.env ?? process.env, opts.fs ?? realFs);
  for (const d of devices) d.driver = [cann && `CANN ${cann}`, d.driver].filter(Boolean).join('; ');
  const names = [...new Set(devices.map((d) => d.name))].join(', ');
  return {
    devices,
    note: `npu-smi: ${devices.length} chip${devices.length === 1 ? '' : 's'} (${names})${cann ? `, CANN ${cann}` : ', CANN toolkit version not found'}`,
  };
}
