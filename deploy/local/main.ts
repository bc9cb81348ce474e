// `npm start`: the whole fabric on one machine. This entry only turns on
// Node's compile cache before the launcher's own modules load (see
// deploy/compile-cache.ts), and names it in the environment every service
// the launcher starts inherits; then it runs the launcher (run.ts).
import { enableCompileCache } from 'node:module';
import { compileCacheDir } from '../compile-cache.ts';
import { weftHome } from '../home.ts';

const dir = compileCacheDir(process.env, weftHome(process.env));
if (dir) {
  enableCompileCache(dir);
  process.env.NODE_COMPILE_CACHE = dir;
}
await import('./run.ts');
