// Node's on-disk compile cache for every process `npm start` runs. Each Node
// process otherwise strips the types of and compiles every .ts module it
// loads at each start; with the cache it reads the compiled code back.
// Measured on a 2-core VM with the demo model, from the second start on:
// ready after 2.2-2.3 s instead of 2.9 s, and 85-90 MiB less resident
// memory right after start (launcher, control process and executor: 521 ->
// 436 MiB), the type stripper itself no longer being loaded. Node keys each entry by
// its version and the file's content, so an edited file or another Node is
// compiled afresh. NODE_COMPILE_CACHE names another folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { join } from 'node:path';

/** The cache folder: NODE_COMPILE_CACHE, else `compile-cache` in WEFT_HOME; undefined when turned off. */
export function compileCacheDir(env: NodeJS.ProcessEnv, home: string): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  return env.NODE_COMPILE_CACHE || join(home, 'compile-cache');
}
