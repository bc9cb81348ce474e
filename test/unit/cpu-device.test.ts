// CPU discovery: the widest SIMD level from /proc/cpuinfo flags (what
// llama.cpp's CPU backend picks kernels by), and the detected CPU device.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DeviceKind, DeviceSource } from '../../proto/index.ts';
import { detectCpu, simdFromCpuinfo } from '../../executors/devices/cpu.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cpuinfo/${name}`, import.meta.url), 'utf8');

describe('simdFromCpuinfo on recorded /proc/cpuinfo', () => {
  const CASES: [file: string, level: string][] = [
    ['x86-avx512-xeon-server.txt', 'avx512'],
    ['x86-avx2-desktop.txt', 'avx2'],
    ['this-machine-amd-epyc.txt', 'avx512'], // recorded from the machine these tests were written on
    ['arm64-neoverse-n1.txt', 'neon'],
  ];
  for (const [file, level] of CASES) {
    test(`${file} → ${level}`, () => assert.equal(simdFromCpuinfo(fixture(file)), level));
  }
});

describe('simdFromCpuinfo', () => {
  test('picks the widest level present, whatever the flag order', () => {
    assert.equal(simdFromCpuinfo('flags\t\t: avx512f sse4_2 avx avx2\n'), 'avx512');
    assert.equal(simdFromCpuinfo('flags\t\t: sse4_2 avx2 avx\n'), 'avx2');
    assert.equal(simdFromCpuinfo('flags\t\t: sse sse2 sse4_2 avx\n'), 'avx');
    assert.equal(simdFromCpuinfo('flags\t\t: sse sse2 ssse3 sse4_1 sse4_2\n'), 'sse4_2');
  });

  test('reports arm64 asimd and 32-bit arm neon both as neon', () => {
    assert.equal(simdFromCpuinfo('Features\t: fp asimd evtstrm aes\n'), 'neon');
    assert.equal(simdFromCpuinfo('Features\t: half thumb fastmult vfp edsp neon vfpv3 tls\n'), 'neon');
  });

  test('matches whole flags only (avx512_bf16 alone is not avx512f, avx2 is not avx)', () => {
    assert.equal(simdFromCpuinfo('flags\t: sse4_2 avx512_bf16 avx512vl\n'), 'sse4_2');
    assert.equal(simdFromCpuinfo('flags\t: asimdhp asimddp\n'), '');
  });

  test('ignores lines other than flags/Features ("vmx flags", "bugs", model names)', () => {
    const text = [
      'model name\t: Fake CPU with avx512f in its name',
      'vmx flags\t: avx512f avx2',
      'bugs\t\t: avx2',
      'flags\t\t: fpu sse4_2',
    ].join('\n');
    assert.equal(simdFromCpuinfo(text), 'sse4_2');
  });

  test('is empty when no level is known', () => {
    assert.equal(simdFromCpuinfo(''), '');
    assert.equal(simdFromCpuinfo('processor\t: 0\nflags\t\t: fpu vme de\n'), '');
  });
});

describe('detectCpu', () => {
  test('reports a detected CPU with cores, memory and a name', () => {
    const d = detectCpu();
    assert.equal(d.kind, DeviceKind.DEVICE_KIND_CPU);
    assert.equal(d.source, DeviceSource.DEVICE_SOURCE_DETECTED);
    assert.equal(d.index, 0);
    assert.ok(Number.isInteger(d.cores) && d.cores! >= 1, `cores = ${d.cores}`);
    assert.ok(typeof d.name === 'string' && d.name.length > 0);
    assert.ok(Number(d.memoryTotalBytes) > 0);
    assert.ok(Number(d.memoryFreeBytes) <= Number(d.memoryTotalBytes));
    assert.equal(typeof d.simd, 'string');
  });

  test('on Linux, reports the SIMD level of this machine\'s /proc/cpuinfo', { skip: process.platform !== 'linux' }, () => {
    assert.equal(detectCpu().simd, simdFromCpuinfo(readFileSync('/proc/cpuinfo', 'utf8')));
  });
});
