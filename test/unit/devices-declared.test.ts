// Declared inventory (WEFT_DEVICES): devices that are configured, not probed.
// Every one is DECLARED; declared accelerators' engines are simulated; bad
// input is an Error naming the entry and the field.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeviceKind, DeviceSource } from '../../proto/index.ts';
import { parseDeclaredDevices } from '../../executors/devices/declared.ts';
import { enginesFor } from '../../executors/devices/engines.ts';

const GIB = 1024 ** 3;
const EXAMPLE = JSON.stringify([
  { kind: 'nvidia', name: 'NVIDIA H100 80GB HBM3', memoryGiB: 80, count: 2, computeCapability: '9.0' },
  { kind: 'ascend', name: 'Ascend 910B3', memoryGiB: 64 },
  { kind: 'cpu', cores: 8, memoryGiB: 32 },
]);

describe('parseDeclaredDevices', () => {
  test('the documented example: 2 × H100, 1 × 910B3, 1 CPU, all DECLARED', () => {
    assert.deepEqual(parseDeclaredDevices(EXAMPLE), [
      {
        kind: DeviceKind.DEVICE_KIND_NVIDIA, source: DeviceSource.DEVICE_SOURCE_DECLARED, index: 0, name: 'NVIDIA H100 80GB HBM3',
        memoryTotalBytes: 80 * GIB, memoryFreeBytes: 80 * GIB, uuid: 'declared-nvidia-0', computeCapability: '9.0',
      },
      {
        kind: DeviceKind.DEVICE_KIND_NVIDIA, source: DeviceSource.DEVICE_SOURCE_DECLARED, index: 1, name: 'NVIDIA H100 80GB HBM3',
        memoryTotalBytes: 80 * GIB, memoryFreeBytes: 80 * GIB, uuid: 'declared-nvidia-1', computeCapability: '9.0',
      },
      {
        kind: DeviceKind.DEVICE_KIND_ASCEND, source: DeviceSource.DEVICE_SOURCE_DECLARED, index: 0, name: 'Ascend 910B3',
        memoryTotalBytes: 64 * GIB, memoryFreeBytes: 64 * GIB, uuid: 'declared-ascend-0',
      },
      {
        kind: DeviceKind.DEVICE_KIND_CPU, source: DeviceSource.DEVICE_SOURCE_DECLARED, index: 0, name: 'declared cpu',
        memoryTotalBytes: 32 * GIB, memoryFreeBytes: 32 * GIB, uuid: 'declared-cpu-0', cores: 8, simd: '',
      },
    ]);
  });

  test('indexes run per kind across entries; fractional GiB are rounded to bytes', () => {
    const ds = parseDeclaredDevices(JSON.stringify([
      { kind: 'nvidia', name: 'A', memoryGiB: 24, count: 2 },
      { kind: 'ascend', name: 'Ascend 310P3', memoryGiB: 43.2 },
      { kind: 'nvidia', name: 'B', memoryGiB: 0.5 },
    ]));
    assert.deepEqual(ds.map((d) => [d.kind, d.index, d.name]), [
      [DeviceKind.DEVICE_KIND_NVIDIA, 0, 'A'], [DeviceKind.DEVICE_KIND_NVIDIA, 1, 'A'],
      [DeviceKind.DEVICE_KIND_ASCEND, 0, 'Ascend 310P3'], [DeviceKind.DEVICE_KIND_NVIDIA, 2, 'B'],
    ]);
    assert.equal(ds[2]!.memoryTotalBytes, Math.round(43.2 * GIB));
    assert.equal(ds[3]!.memoryTotalBytes, GIB / 2);
    assert.equal(ds[0]!.computeCapability, ''); // not given: unknown
  });

  test('an empty array declares nothing; a cpu may have a name and simd', () => {
    assert.deepEqual(parseDeclaredDevices('[]'), []);
    const [cpu] = parseDeclaredDevices('[{"kind":"cpu","name":"Graviton3","cores":64,"memoryGiB":128,"simd":"neon"}]');
    assert.equal(cpu?.name, 'Graviton3');
    assert.equal(cpu?.simd, 'neon');
  });
});

describe('parseDeclaredDevices errors name the entry and the field', () => {
  const CASES: [what: string, json: string, message: RegExp][] = [
    ['invalid JSON', '[{"kind":"nvidia",}]', /^WEFT_DEVICES is not valid JSON: /],
    ['not an array', '{"kind":"nvidia"}', /^WEFT_DEVICES must be a JSON array of device entries, got \{"kind":"nvidia"\}$/],
    ['an entry that is not an object', '[{"kind":"cpu","cores":1,"memoryGiB":1}, "nvidia"]', /^WEFT_DEVICES\[1\] must be an object/],
    ['a null entry', '[null]', /^WEFT_DEVICES\[0\] must be an object/],
    ['kind missing', '[{"name":"x","memoryGiB":1}]', /^WEFT_DEVICES\[0\]\.kind must be one of "nvidia", "ascend", "cpu", got nothing$/],
    ['kind unknown', '[{"kind":"gpu","name":"x","memoryGiB":1}]', /^WEFT_DEVICES\[0\]\.kind must be one of .*got "gpu"$/],
    ['kind in capitals', '[{"kind":"NVIDIA","name":"x","memoryGiB":1}]', /^WEFT_DEVICES\[0\]\.kind .*got "NVIDIA"$/],
    ['name missing on an accelerator', '[{"kind":"ascend","memoryGiB":64}]', /^WEFT_DEVICES\[0\] \(kind "ascend"\): name must be a non-empty string, got nothing$/],
    ['name blank', '[{"kind":"nvidia","name":"  ","memoryGiB":64}]', /^WEFT_DEVICES\[0\] \(kind "nvidia"\): name must be a non-empty string/],
    ['memoryGiB missing', '[{"kind":"nvidia","name":"x"}]', /^WEFT_DEVICES\[0\] \(kind "nvidia"\): memoryGiB must be a number of GiB > 0 .*got nothing$/],
    ['memoryGiB as a string', '[{"kind":"ascend","name":"x","memoryGiB":"64GB"}]', /\(kind "ascend"\): memoryGiB .*got "64GB"$/],
    ['memoryGiB zero', '[{"kind":"nvidia","name":"x","memoryGiB":0}]', /memoryGiB .*got 0$/],
    ['memoryGiB negative', '[{"kind":"nvidia","name":"x","memoryGiB":-8}]', /memoryGiB .*got -8$/],
    ['memoryGiB in bytes by mistake', '[{"kind":"nvidia","name":"x","memoryGiB":85899345920}]', /memoryGiB .*≤ 1048576, got 85899345920$/],
    ['count zero', '[{"kind":"nvidia","name":"x","memoryGiB":1,"count":0}]', /count must be an integer from 1 to 1024, got 0$/],
    ['count fractional', '[{"kind":"nvidia","name":"x","memoryGiB":1,"count":1.5}]', /count .*got 1\.5$/],
    ['count as a string', '[{"kind":"nvidia","name":"x","memoryGiB":1,"count":"2"}]', /count .*got "2"$/],
    ['count too large', '[{"kind":"nvidia","name":"x","memoryGiB":1,"count":5000}]', /count .*got 5000$/],
    ['computeCapability as a number', '[{"kind":"nvidia","name":"x","memoryGiB":1,"computeCapability":9.0}]', /computeCapability must be a "major\.minor" string such as "9\.0", got 9$/],
    ['computeCapability malformed', '[{"kind":"nvidia","name":"x","memoryGiB":1,"computeCapability":"sm_90"}]', /computeCapability .*got "sm_90"$/],
    ['computeCapability on ascend', '[{"kind":"ascend","name":"x","memoryGiB":1,"computeCapability":"9.0"}]', /^WEFT_DEVICES\[0\] \(kind "ascend"\): unknown field "computeCapability" \(allowed for ascend: kind, name, memoryGiB, count\)$/],
    ['a typo in a field name', '[{"kind":"nvidia","name":"x","memoryGB":80}]', /unknown field "memoryGB"/],
    ['cores missing on a cpu', '[{"kind":"cpu","memoryGiB":32}]', /^WEFT_DEVICES\[0\] \(kind "cpu"\): cores must be an integer ≥ 1, got nothing$/],
    ['cores zero', '[{"kind":"cpu","cores":0,"memoryGiB":32}]', /cores .*got 0$/],
    ['cores on a gpu', '[{"kind":"nvidia","name":"x","memoryGiB":1,"cores":8}]', /\(kind "nvidia"\): unknown field "cores"/],
    ['simd not a string', '[{"kind":"cpu","cores":2,"memoryGiB":1,"simd":2}]', /simd must be a string/],
  ];
  for (const [what, json, message] of CASES) {
    test(what, () => assert.throws(() => parseDeclaredDevices(json), (err: unknown) => err instanceof Error && message.test(err.message)));
  }

  test('the index in the message is the offending entry, after valid ones', () => {
    assert.throws(
      () => parseDeclaredDevices(JSON.stringify([{ kind: 'nvidia', name: 'ok', memoryGiB: 1 }, { kind: 'cpu', cores: 2, memoryGiB: 1 }, { kind: 'ascend', memoryGiB: 1 }])),
      /^Error: WEFT_DEVICES\[2\] \(kind "ascend"\): name/,
    );
  });
});

describe('declared devices and the simulated flag', () => {
  const [h100, , ascend, cpu] = parseDeclaredDevices(EXAMPLE);

  test('declared NVIDIA: cuda engines, every one simulated, even with no CUDA in this executor', () => {
    const es = enginesFor(h100!, { cuda: false, cann: false });
    assert.deepEqual(es.map((e) => [e.engine, e.backend, e.simulated]), [['llama.cpp', 'cuda', true], ['onnxruntime', 'cuda', true]]);
    assert.ok(es[0]!.dtypes!.includes('bf16'), 'compute capability 9.0 ≥ 8.0');
  });

  test('declared NVIDIA stays simulated when a CUDA backend is available', () => {
    assert.ok(enginesFor(h100!, { cuda: true, cann: true }).every((e) => e.simulated === true));
  });

  test('declared Ascend: cann engines, simulated; llama.cpp/cann takes f16, q8_0, q4_0 only', () => {
    const es = enginesFor(ascend!);
    assert.deepEqual(es.map((e) => [e.engine, e.backend, e.simulated]), [['llama.cpp', 'cann', true], ['onnxruntime', 'cann', true]]);
    assert.deepEqual(es[0]!.dtypes, ['f16', 'q8_0', 'q4_0']);
  });

  test('a declared CPU runs the genuine CPU backends: not simulated', () => {
    assert.deepEqual(enginesFor(cpu!).map((e) => [e.engine, e.backend, e.simulated]), [['llama.cpp', 'cpu', false], ['onnxruntime', 'cpu', false]]);
  });
});
