// Ascend discovery: `npu-smi info` parsing against real outputs published by
// others (test/fixtures/ascend/, sources in SOURCES.md there: 8 × 910B3,
// Atlas 300I Duo 310P3, A3), the CANN version lookup, and detectAscend with
// an injected `run`. Inline tables marked "synthetic" are written for the tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DeviceKind, DeviceSource } from '../../proto/index.ts';
import { detectAscend, parseNpuSmiInfo, readCannVersion, type FsLike } from '../../executors/devices/ascend.ts';
import type { Run } from '../../executors/devices/nvidia.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ascend/${name}`, import.meta.url), 'utf8');
const MIB = 1024 * 1024;
const mem = (d: { memoryTotalBytes?: number | null; memoryFreeBytes?: number | null }) =>
  [Number(d.memoryTotalBytes) / MIB, Number(d.memoryFreeBytes) / MIB];

describe('parseNpuSmiInfo on recorded outputs', () => {
  test('8 × 910B3 (ms-swift docs): one device per NPU, HBM 64 GiB, free = total − used', () => {
    const ds = parseNpuSmiInfo(fixture('910b3-x8-ms-swift-docs.txt'));
    assert.equal(ds.length, 8);
    assert.deepEqual(ds.map((d) => d.index), [0, 1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(ds.map((d) => d.uuid), [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `npu${i}-chip0`));
    for (const d of ds) {
      assert.equal(d.kind, DeviceKind.DEVICE_KIND_ASCEND);
      assert.equal(d.source, DeviceSource.DEVICE_SOURCE_DETECTED);
      assert.equal(d.name, 'Ascend 910B3');
      assert.equal(d.driver, 'npu-smi 24.1.rc1.b030');
      assert.equal(d.memoryTotalBytes, 65536 * MIB);
    }
    assert.deepEqual(mem(ds[0]!), [65536, 65536 - 3318]);
    assert.deepEqual(mem(ds[7]!), [65536, 65536 - 3315]);
  });

  test('Atlas 300I Duo, 310P3 (nvtop #421): two chips of NPU 2, DDR memory, index from the Device column', () => {
    const ds = parseNpuSmiInfo(fixture('310p3-atlas-300i-duo-nvtop-issue-421.txt'));
    assert.deepEqual(ds.map((d) => [d.index, d.name, d.uuid, d.driver]), [
      [0, 'Ascend 310P3', 'npu2-chip0', 'npu-smi 25.2.0'],
      [1, 'Ascend 310P3', 'npu2-chip1', 'npu-smi 25.2.0'],
    ]);
    assert.deepEqual(mem(ds[0]!), [44280, 44280 - 1529]);
    assert.deepEqual(mem(ds[1]!), [43693, 43693 - 1412]);
  });

  test('A3 "Ascend910" (vllm-omni #3597): two chips per NPU, "56152/ 65536" with no space, cut-off output', () => {
    const ds = parseNpuSmiInfo(fixture('a3-ascend910-vllm-omni-issue-3597.txt'));
    assert.deepEqual(ds.map((d) => [d.index, d.name, d.uuid]), [
      [0, 'Ascend910', 'npu0-chip0'],
      [1, 'Ascend910', 'npu0-chip1'],
    ]);
    assert.deepEqual(mem(ds[0]!), [65536, 65536 - 56152]);
    assert.deepEqual(mem(ds[1]!), [65536, 65536 - 55770]);
    assert.equal(ds[0]!.driver, 'npu-smi 25.5.0');
  });
});

describe('parseNpuSmiInfo layouts and robustness (synthetic tables)', () => {
  test('stops at the process table, whose "NPU Chip" rows look like chip rows', () => {
    const text = [
      '| NPU   Name                | Health        | Power(W)    Temp(C)           Hugepages-Usage(page)|',
      '| Chip                      | Bus-Id        | AICore(%)   Memory-Usage(MB)  HBM-Usage(MB)        |',
      '+===========================+===============+====================================================+',
      '| 0     910B4               | OK            | 88.2        30                0    / 0             |',
      '| 0                         | 0000:C1:00.0  | 0           0    / 0          26838/ 32768         |',
      '+===========================+===============+====================================================+',
      '+---------------------------+---------------+----------------------------------------------------+',
      '| NPU     Chip              | Process id    | Process name             | Process memory(MB)      |',
      '+===========================+===============+====================================================+',
      '| 0       0                 | 37656         | python                   | 686                     |',
      '| No running processes found in NPU 1                                                            |',
    ].join('\n');
    const ds = parseNpuSmiInfo(text);
    assert.equal(ds.length, 1);
    assert.deepEqual(mem(ds[0]!), [32768, 32768 - 26838]);
    assert.equal(ds[0]!.driver, ''); // no version line in this table
  });

  test('HBM is preferred over the DDR pair when both are printed (910A training server layout)', () => {
    const text = [
      '| NPU   Name           | Health        | Power(W)    Temp(C)           Hugepages-Usage(page)|',
      '| Chip                 | Bus-Id        | AICore(%)   Memory-Usage(MB)  HBM-Usage(MB)        |',
      '| 3     910A           | Warning       | 206.9       39                1232 / 1232          |',
      '| 0                    | 0000:01:00.0  | 0           3616 / 15039      0    / 32768         |',
    ].join('\n');
    const [d] = parseNpuSmiInfo(text);
    assert.equal(d?.name, 'Ascend 910A');
    assert.equal(d?.uuid, 'npu3-chip0');
    assert.deepEqual(mem(d!), [32768, 32768]);
  });

  test('old 310 layout: a chip name without letters, four chips of one card, Device ids 3..6', () => {
    const text = [
      '| npu-smi 21.0.4                       Version: 21.0.4.B030                                          |',
      '| NPU     Name      | Health          | Power(W)          Temp(C)              Hugepages-Usage(page) |',
      '| Chip    Device    | Bus-Id          | AICore(%)         Memory-Usage(MB)                           |',
      ...[0, 1, 2, 3].flatMap((chip) => [
        '| 6       310       | OK              | 12.8              73             0       / 970               |',
        `| ${chip}       ${chip + 3}         | 0000:${['89', '8A', '8B', '8C'][chip]}:00.0    | 0                 2867 / 8192                                |`,
      ]),
    ].join('\n');
    const ds = parseNpuSmiInfo(text);
    assert.deepEqual(ds.map((d) => [d.index, d.name, d.uuid]), [
      [3, 'Ascend 310', 'npu6-chip0'], [4, 'Ascend 310', 'npu6-chip1'], [5, 'Ascend 310', 'npu6-chip2'], [6, 'Ascend 310', 'npu6-chip3'],
    ]);
    assert.equal(ds[0]!.driver, 'npu-smi 21.0.4.B030');
    assert.deepEqual(mem(ds[0]!), [8192, 8192 - 2867]);
  });

  test('an indented table (as pasted in READMEs) parses the same', () => {
    const text = [
      '         | NPU     Name      | Health          | Power(W)     Temp(C)           Hugepages-Usage(page) |',
      '         | Chip    Device    | Bus-Id          | AICore(%)    Memory-Usage(MB)                        |',
      '         | 0       310P3     | OK              | 15.8         42                0    / 0              |',
      '         | 0       0         | 0000:82:00.0    | 0            1074 / 21534                            |',
    ].join('\n');
    assert.deepEqual(parseNpuSmiInfo(text).map((d) => [d.name, mem(d)]), [['Ascend 310P3', [21534, 21534 - 1074]]]);
  });

  test('garbage, error messages and empty output give no devices', () => {
    assert.deepEqual(parseNpuSmiInfo(''), []);
    assert.deepEqual(parseNpuSmiInfo('dcmi module initialize failed. ret is -8005\n'), []);
    assert.deepEqual(parseNpuSmiInfo('| 0 | 0000:C1:00.0 | 0 0 / 0 3318 / 65536 |\n'), []); // a chip row with no NPU row before it
    assert.deepEqual(parseNpuSmiInfo('|||\n| x |\n+====+\n'), []);
  });
});

// An in-memory file system for the CANN lookup. The info file's `version=`
// line is what Huawei's install guides tell users to read.
function fakeFs(files: Record<string, string>): FsLike & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path]!;
    },
    readdir(path) {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const names = new Set(Object.keys(files).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length).split('/')[0]!));
      if (names.size === 0) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return [...names];
    },
  };
}

const INFO = 'package_name=Ascend-cann-toolkit\nversion=8.0.RC2\ninnerversion=V100R001C18SPC001B206\narch=aarch64\nos=linux\n';

describe('readCannVersion', () => {
  test('reads version= from $ASCEND_TOOLKIT_HOME/<arch>-linux/ascend_toolkit_install.info', () => {
    const fs = fakeFs({ '/opt/Ascend/ascend-toolkit/latest/aarch64-linux/ascend_toolkit_install.info': INFO, '/opt/Ascend/ascend-toolkit/latest/bin/x': '' });
    assert.equal(readCannVersion({ ASCEND_TOOLKIT_HOME: '/opt/Ascend/ascend-toolkit/latest' }, fs), '8.0.RC2');
  });

  test('falls back to the default install path, and to ASCEND_HOME_PATH', () => {
    const def = fakeFs({ '/usr/local/Ascend/ascend-toolkit/latest/x86_64-linux/ascend_toolkit_install.info': INFO });
    assert.equal(readCannVersion({}, def), '8.0.RC2');
    const home = fakeFs({ '/opt/cann-8.5.0/aarch64-linux/ascend_toolkit_install.info': 'version=8.5.0\n' });
    assert.equal(readCannVersion({ ASCEND_HOME_PATH: '/opt/cann-8.5.0' }, home), '8.5.0');
  });

  test('"" when no toolkit is installed or the file has no version line', () => {
    assert.equal(readCannVersion({}, fakeFs({})), '');
    assert.equal(readCannVersion({}, fakeFs({ '/usr/local/Ascend/cann/aarch64-linux/ascend_toolkit_install.info': 'innerversion=V1\n' })), '');
  });
});

describe('detectAscend with an injected run', () => {
  const cannFs = fakeFs({ '/usr/local/Ascend/ascend-toolkit/latest/aarch64-linux/ascend_toolkit_install.info': INFO });

  test('runs `npu-smi info` with a 3 s default timeout; driver carries CANN and npu-smi versions', async () => {
    const calls: unknown[] = [];
    const run: Run = async (file, args, opts) => {
      calls.push([file, args, opts]);
      return { stdout: fixture('910b3-x8-ms-swift-docs.txt') };
    };
    const r = await detectAscend(run, { env: {}, fs: cannFs });
    assert.deepEqual(calls, [['npu-smi', ['info'], { timeoutMs: 3000 }]]);
    assert.equal(r.devices.length, 8);
    assert.equal(r.devices[0]!.driver, 'CANN 8.0.RC2; npu-smi 24.1.rc1.b030');
    assert.equal(r.note, 'npu-smi: 8 chips (Ascend 910B3), CANN 8.0.RC2');
  });

  test('CANN not found: driver is the npu-smi version alone, and the note says so', async () => {
    const r = await detectAscend(async () => ({ stdout: fixture('310p3-atlas-300i-duo-nvtop-issue-421.txt') }), { env: {}, fs: fakeFs({}) });
    assert.deepEqual(r.devices.map((d) => d.driver), ['npu-smi 25.2.0', 'npu-smi 25.2.0']);
    assert.match(r.note, /CANN toolkit version not found/);
  });

  test('absent binary: no devices, no file reads', async () => {
    const fs = fakeFs({});
    const r = await detectAscend(async () => {
      throw Object.assign(new Error('spawn npu-smi ENOENT'), { code: 'ENOENT' });
    }, { env: {}, fs });
    assert.deepEqual(r, { devices: [], note: 'npu-smi not found on PATH' });
    assert.deepEqual(fs.reads, []);
  });

  test('a hung npu-smi is cut off by the timeout', async () => {
    const started = Date.now();
    const r = await detectAscend(() => new Promise(() => {}), { timeoutMs: 30, env: {}, fs: fakeFs({}) });
    assert.deepEqual(r, { devices: [], note: 'npu-smi timed out after 30 ms' });
    assert.ok(Date.now() - started < 1000);
  });

  test('driver not loaded (non-zero exit): no devices, the exit code and message', async () => {
    const r = await detectAscend(async () => {
      throw Object.assign(new Error('Command failed'), { code: 255, stdout: 'dcmi module initialize failed. ret is -8005\n', stderr: '' });
    }, { env: {}, fs: fakeFs({}) });
    assert.deepEqual(r, { devices: [], note: 'npu-smi exited with code 255: dcmi module initialize failed. ret is -8005' });
  });

  test('garbage output: no devices, a note quoting it', async () => {
    const r = await detectAscend(async () => ({ stdout: 'Segmentation fault\n' }), { env: {}, fs: fakeFs({}) });
    assert.deepEqual(r, { devices: [], note: 'npu-smi info printed no NPU table (first line: "Segmentation fault")' });
  });
});
