// `npm start`: the whole fabric on one machine. This entry only turns on
// Node's compile cache before the launcher's own modules load (see
// deploy/compile-cache.ts; the launcher passes it on to every service it
// starts), then runs the launcher (run.ts).
import { enableCompileCache } from 'node:module';
import { compileCacheDir } from '../compile-cache.ts';
import { weftHome } from '../home.ts';

const dir = compileCacheDir(process.env, weftHome(process.env));
if (dir) enableCompileCache(dir);
await import('./run.ts');
