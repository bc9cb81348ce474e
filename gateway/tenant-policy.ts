// What the keys file says of each tenant (its `tenants` object): rate limits
// (gateway/tenant-limits.ts applies them) and the models it may use
// (catalog/model-access.ts). The '*' entry is every tenant without its own.

/** A tenant's policy; an absent field is no limit, no `models` is every model. */
export interface TenantPolicy {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  maxConcurrent?: number;
  /** Model names or globs (`*`) the tenant may use. */
  models?: readonly string[];
}

/** A tenant's policy by name. */
export interface PolicyLookup {
  policyOf(tenant: string): TenantPolicy | undefined;
}

/** The keys file's spelling of each rate limit. */
export const LIMIT_FIELDS = {
  requests_per_minute: 'requestsPerMinute',
  tokens_per_minute: 'tokensPerMinute',
  max_concurrent_requests: 'maxConcurrent',
} as const satisfies Record<string, keyof TenantPolicy>;

const FIELD_NAMES = [...Object.keys(LIMIT_FIELDS), 'models'];

/** The keys file's `tenants` object as written there, parsed and checked. */
export function parseTenants(doc: unknown, file: string): Map<string, TenantPolicy> {
  const out = new Map<string, TenantPolicy>();
  if (doc === undefined) return out;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error(`${file}: tenants: expected an object of tenant name to limits`);
  for (const [tenant, raw] of Object.entries(doc)) {
    const at = `${file}: tenants[${JSON.stringify(tenant)}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${at}: expected an object of ${FIELD_NAMES.join(', ')}`);
    const policy: TenantPolicy = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (key === 'models') {
        if (!Array.isArray(value) || !value.every((m) => typeof m === 'string' && m !== '')) throw new Error(`${at}.models: expected a list of model names or globs ("llama-*")`);
        policy.models = value as string[];
        continue;
      }
      const field = LIMIT_FIELDS[key as keyof typeof LIMIT_FIELDS];
      if (!field) throw new Error(`${at}.${key}: unknown field (expected one of ${FIELD_NAMES.join(', ')})`);
      if (!Number.isSafeInteger(value) || (value as number) < 1) throw new Error(`${at}.${key}: expected a whole number of at least 1`);
      policy[field] = value as number;
    }
    out.set(tenant, policy);
  }
  return out;
}

/** A tenant's own policy, else the '*' entry's. */
export function policyFor(all: ReadonlyMap<string, TenantPolicy>, tenant: string): TenantPolicy | undefined {
  return all.get(tenant) ?? all.get('*');
}
