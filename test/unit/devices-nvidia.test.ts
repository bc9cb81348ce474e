// NVIDIA discovery: nvidia-smi CSV parsing against outputs recorded on a real
// H200 machine (test/fixtures/nvidia/), and detectNvidia with an injected
// `run` (absent binary, timeout, failure, garbage output).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DeviceKind, DeviceSource } from '../../proto/index.ts';
import {
  detectNvidia, execFileRun, NVIDIA_QUERY_COLUMNS, NVIDIA_SMI_ARGS, parseNvidiaSmiCsv, parseNvidiaSmiCsvWithHeader,
  runTool, type Run,
} from '../../executors/devices/nvidia.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/nvidia/${name}`, import.meta.url), 'utf8');
const MIB = 1024 * 1024;

// The recorded fixtures were queried with these columns (see the brief in
// test/fixtures/nvidia): a superset of what detectNvidia asks for.
const FIXTURE_COLUMNS = ['index', 'name', 'memory.total', 'memory.free', 'memory.used', 'compute_cap', 'uuid', 'driver_version', 'pci.bus_id'];

const H200 = {
  kind: DeviceKind.DEVICE_KIND_NVIDIA,
  source: DeviceSource.DEVICE_SOURCE_DETECTED,
  index: 0,
  name: 'NVIDIA H200',
  memoryTotalBytes: 143771 * MIB,
  memoryFreeBytes: 143156 * MIB,
  computeCapability: '9.0',
  uuid: 'GPU-380a9977-589e-b322-19c1-66612f97953f',
  driver: '580.159.04',
};

/** The recorded H200 row, re-ordered into the columns detectNvidia queries. */
function h200RowInQueryOrder(): string {
  const fields = fixture('h200-nvidia-smi-query-noheader-nounits.csv').trim().split(',').map((f) => f.trim());
  return NVIDIA_QUERY_COLUMNS.map((c) => fields[FIXTURE_COLUMNS.indexOf(c)]).join(', ') + '\n';
}

const failWith = (props: object): Run => async () => {
  throw Object.assign(new Error('probe failed'), props);
};

describe('parseNvidiaSmiCsv on the recorded H200 output', () => {
  test('noheader,nounits: 1 GPU, "NVIDIA H200", 143771 MiB total, 143156 MiB free, 9.0, its UUID and driver', () => {
    assert.deepEqual(parseNvidiaSmiCsv(fixture('h200-nvidia-smi-query-noheader-nounits.csv'), FIXTURE_COLUMNS), [H200]);
  });

  test('header form (--format=csv, " MiB" units) gives the same device', () => {
    assert.deepEqual(parseNvidiaSmiCsvWithHeader(fixture('h200-nvidia-smi-query.csv')), [H200]);
  });

  test('the recorded row re-ordered into NVIDIA_QUERY_COLUMNS parses with the default columns', () => {
    assert.deepEqual(parseNvidiaSmiCsv(h200RowInQueryOrder()), [H200]);
  });

  test('a row with a different column count is skipped, not misread', () => {
    assert.deepEqual(parseNvidiaSmiCsv(fixture('h200-nvidia-smi-query-noheader-nounits.csv')), []);
  });

  test('other nvidia-smi outputs (plain table, -L) are not mistaken for CSV', () => {
    assert.deepEqual(parseNvidiaSmiCsv(fixture('h200-nvidia-smi.txt')), []);
    assert.deepEqual(parseNvidiaSmiCsv(fixture('h200-nvidia-smi-L.txt')), []);
    assert.deepEqual(parseNvidiaSmiCsvWithHeader(fixture('h200-nvidia-smi.txt')), []);
  });
});

describe('the query and the parser share one column list', () => {
  test('NVIDIA_SMI_ARGS is built from NVIDIA_QUERY_COLUMNS', () => {
    assert.deepEqual(NVIDIA_SMI_ARGS, [
      '--query-gpu=index,name,memory.total,memory.free,compute_cap,uuid,driver_version',
      '--format=csv,noheader,nounits',
    ]);
    assert.equal(NVIDIA_SMI_ARGS[0], `--query-gpu=${NVIDIA_QUERY_COLUMNS.join(',')}`);
  });
});

describe('parseNvidiaSmiCsv tolerance (synthetic rows in the query format)', () => {
  test('"[N/A]" and "[Not Supported]" read as unknown, the GPU is still listed', () => {
    const [d] = parseNvidiaSmiCsv('0, NVIDIA GH200 480GB, [N/A], [Not Supported], [N/A], [N/A], 550.54.15\n');
    assert.equal(d?.name, 'NVIDIA GH200 480GB');
    assert.equal(d?.memoryTotalBytes, 0);
    assert.equal(d?.memoryFreeBytes, 0);
    assert.equal(d?.computeCapability, '');
    assert.equal(d?.uuid, '');
    assert.equal(d?.driver, '550.54.15');
  });

  test('blank lines, CRLF and several GPUs', () => {
    const text = '\r\n0, NVIDIA A100-SXM4-80GB, 81920, 81000, 8.0, GPU-a, 535.104.05\r\n\r\n1, Tesla T4, 15360, 15000, 7.5, GPU-b, 535.104.05\r\n\n';
    const ds = parseNvidiaSmiCsv(text);
    assert.deepEqual(ds.map((d) => [d.index, d.name, d.computeCapability, d.uuid]), [
      [0, 'NVIDIA A100-SXM4-80GB', '8.0', 'GPU-a'],
      [1, 'Tesla T4', '7.5', 'GPU-b'],
    ]);
    assert.equal(ds[1]!.memoryTotalBytes, 15360 * MIB);
  });

  test('rows without a numeric index or with the wrong field count are skipped', () => {
    assert.deepEqual(parseNvidiaSmiCsv('x, NVIDIA H200, 1, 1, 9.0, GPU-a, 580\n0, NVIDIA H200, 1, 1\nerror: something\n'), []);
  });

  test('header form: free = total − used when memory.free is not queried', () => {
    const text = 'index, name, memory.total [MiB], memory.used [MiB]\n0, NVIDIA L4, 23034 MiB, 1034 MiB\n';
    const [d] = parseNvidiaSmiCsvWithHeader(text);
    assert.equal(d?.memoryTotalBytes, 23034 * MIB);
    assert.equal(d?.memoryFreeBytes, 22000 * MIB);
  });

  test('header form without an index column, or empty, gives nothing', () => {
    assert.deepEqual(parseNvidiaSmiCsvWithHeader('name, memory.total [MiB]\nNVIDIA L4, 23034 MiB\n'), []);
    assert.deepEqual(parseNvidiaSmiCsvWithHeader(''), []);
  });
});

describe('detectNvidia with an injected run', () => {
  test('runs nvidia-smi with the shared query and a 3 s default timeout', async () => {
    const calls: unknown[] = [];
    const run: Run = async (file, args, opts) => {
      calls.push([file, args, opts]);
      return { stdout: h200RowInQueryOrder() };
    };
    const r = await detectNvidia(run);
    assert.deepEqual(calls, [['nvidia-smi', NVIDIA_SMI_ARGS, { timeoutMs: 3000 }]]);
    assert.deepEqual(r.devices, [H200]);
    assert.match(r.note, /1 GPU \(NVIDIA H200\)/);
  });

  test('absent binary (ENOENT): no devices, says not found', async () => {
    const r = await detectNvidia(failWith({ code: 'ENOENT' }));
    assert.deepEqual(r, { devices: [], note: 'nvidia-smi not found on PATH' });
  });

  test('a run that never settles is cut off by the timeout', async () => {
    const started = Date.now();
    const r = await detectNvidia(() => new Promise(() => {}), { timeoutMs: 30 });
    assert.deepEqual(r, { devices: [], note: 'nvidia-smi timed out after 30 ms' });
    assert.ok(Date.now() - started < 1000);
  });

  test('execFile killing the child on its timeout reads as a timeout', async () => {
    const r = await detectNvidia(failWith({ killed: true, signal: 'SIGKILL', code: null }), { timeoutMs: 3000 });
    assert.equal(r.note, 'nvidia-smi timed out after 3000 ms');
  });

  test('non-zero exit (driver not loaded): no devices, the exit code and first line of output', async () => {
    const stdout = "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\n";
    const r = await detectNvidia(failWith({ code: 9, stdout, stderr: '' }));
    assert.deepEqual(r.devices, []);
    assert.match(r.note, /^nvidia-smi exited with code 9: NVIDIA-SMI has failed because it couldn't communicate/);
  });

  test('garbage output: no devices, a note quoting the first line', async () => {
    const r = await detectNvidia(async () => ({ stdout: 'No devices were found\n' }));
    assert.deepEqual(r, { devices: [], note: 'nvidia-smi printed no GPU rows (first line: "No devices were found")' });
    assert.deepEqual((await detectNvidia(async () => ({ stdout: '' }))).devices, []);
  });

  test('a run that throws synchronously does not escape', async () => {
    const r = await detectNvidia(() => {
      throw new Error('boom');
    });
    assert.deepEqual(r, { devices: [], note: 'nvidia-smi failed: boom' });
  });
});

describe('execFileRun (real child processes, no GPU needed)', () => {
  test('a program that is not on the PATH reads as absent', async () => {
    const r = await runTool(execFileRun, 'weft-no-such-tool-5f1c2', [], 2000);
    assert.deepEqual(r, { ok: false, reason: 'weft-no-such-tool-5f1c2 not found on PATH' });
  });

  test('a program that outlives the timeout is killed and reads as a timeout', async () => {
    const started = Date.now();
    const r = await runTool(execFileRun, process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], 300);
    assert.deepEqual(r, { ok: false, reason: `${process.execPath} timed out after 300 ms` });
    assert.ok(Date.now() - started < 3000);
  });

  test('stdout of a program that succeeds comes back', async () => {
    const r = await runTool(execFileRun, process.execPath, ['-e', 'process.stdout.write("0, X, 1, 1, 9.0, GPU-x, 1\\n")'], 5000);
    assert.deepEqual(r, { ok: true, stdout: '0, X, 1, 1, 9.0, GPU-x, 1\n' });
  });
});
