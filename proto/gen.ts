// Regenerates proto/generated/ from the .proto files. Every codegen flag is
// recorded here; test/unit/proto-generated.test.ts fails when the committed
// output is stale. Run: npm run gen:proto
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'node_modules', '.bin');

export const PROTO_FILES = ['weft/v1/common.proto', 'weft/v1/executor.proto', 'weft/v1/fabric.proto', 'weft/v1/catalog.proto'];

/** Generates the static codecs and their type declarations into `outDir`. */
export function generate(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const js = join(outDir, 'weft.js');
  const dts = join(outDir, 'weft.d.ts');
  // --force-number: 64-bit fields decode as JS numbers (byte counts, seeds),
  // not Long objects. Services are described by hand in grpc.ts, so none
  // are generated here.
  execFileSync(join(bin, 'pbjs'), [
    '-t', 'static-module', '-w', 'es6', '--force-number', '--no-delimited', '--no-service',
    '-p', here, '-o', js, ...PROTO_FILES.map((f) => join(here, f)),
  ]);
  execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', dts, js]);
  // The static decoder still returns Long objects for 64-bit fields whenever
  // the runtime has Long support, whatever --force-number says. Unsetting it
  // before any codec is defined makes every 64-bit field a plain number
  // (exact up to 2^53: byte counts, counters, seeds).
  const IMPORT = 'import $protobuf from "protobufjs/minimal.js";';
  const code = readFileSync(js, 'utf8');
  if (!code.includes(IMPORT)) throw new Error('pbjs output changed: cannot find its protobufjs import');
  writeFileSync(js, code.replace(IMPORT, `${IMPORT}\n$protobuf.util.Long = undefined;\n$protobuf.configure();`));
  // pbts always imports `long`, which --force-number makes unnecessary.
  const types = readFileSync(dts, 'utf8').replace(/^import Long = require\("long"\);\n/m, '');
  writeFileSync(dts, types.replace(/\bLong\b/g, 'number'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generate(join(here, 'generated'));
  console.log('proto/generated/ regenerated');
}
