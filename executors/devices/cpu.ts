// CPU discovery from the OS: cores, memory and the widest SIMD extension,
// read from /proc/cpuinfo flags (the same flags llama.cpp's CPU backend
// chooses its kernels by).
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, totalmem } from 'node:os';
import { DeviceKind, DeviceSource, type IDevice } from '../../proto/index.ts';

const SIMD_ORDER = ['avx512f', 'avx2', 'avx', 'sse4_2', 'neon', 'asimd'] as const;

/** The widest SIMD level named in a /proc/cpuinfo text ("avx512", "avx2", …), or "" if none. */
export function simdFromCpuinfo(text: string): string {
  const flags = new Set(
    text.split('\n').filter((l) => /^(flags|Features)\s*:/.test(l)).flatMap((l) => l.split(':')[1]!.trim().split(/\s+/)),
  );
  const found = SIMD_ORDER.find((f) => flags.has(f));
  return found === 'avx512f' ? 'avx512' : found === 'asimd' ? 'neon' : (found ?? '');
}

export function detectCpu(): IDevice {
  let simd = '';
  try {
    simd = simdFromCpuinfo(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    // Not Linux: the SIMD level stays unknown rather than guessed.
  }
  return {
    kind: DeviceKind.DEVICE_KIND_CPU,
    source: DeviceSource.DEVICE_SOURCE_DETECTED,
    index: 0,
    name: cpus()[0]?.model.trim() || 'cpu',
    cores: availableParallelism(),
    memoryTotalBytes: totalmem(),
    memoryFreeBytes: freemem(),
    simd,
  };
}
