// Which models a tenant may use: the `models` of its entry in the keys file
// (gateway/tenant-policy.ts), names or globs where `*` stands for any run of
// characters ("llama-*", "*-embed"). No list: every model. The gateway
// checks each call against it, and a batch carries its tenant's list so
// that the scheduler checks the batch's model the same way.

/** Whether `model` is one of `patterns` (undefined or null: no restriction). */
export function modelAllowed(patterns: readonly string[] | null | undefined, model: string): boolean {
  if (!patterns) return true;
  return patterns.some((p) => (p.includes('*') ? globRegExp(p).test(model) : p === model));
}

const compiled = new Map<string, RegExp>();

function globRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
    compiled.set(pattern, re);
  }
  return re;
}
