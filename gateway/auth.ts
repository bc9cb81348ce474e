// API keys and tenants. Keys are stored as SHA-256 hashes (a key file leak
// does not leak keys); a presented key is hashed and looked up. Keys are
// random 256-bit values, so a fast hash is the right one (no brute force
// space to slow down, unlike passwords).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../observability/logger.ts';
import { HttpError } from '../openai/errors.ts';
import { pollFiles } from './file-poll.ts';
import { parseTenants, policyFor, type PolicyLookup, type TenantPolicy } from './tenant-policy.ts';

export type Role = 'user' | 'admin';

export interface Principal {
  keyId: string;
  tenant: string;
  role: Role;
}

export interface KeyRecord extends Principal {
  sha256: string;
}

/** The principal of every call when auth is off (the local launcher). */
export const ANONYMOUS: Principal = Object.freeze({ keyId: 'anonymous', tenant: 'default', role: 'admin' as const });

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key and the record that stores it. */
export function newKey(tenant: string, role: Role): { key: string; record: KeyRecord } {
  const key = `sk-weft-${randomBytes(32).toString('base64url')}`;
  const keyId = `key_${randomBytes(6).toString('hex')}`;
  return { key, record: { keyId, tenant, role, sha256: hashKey(key) } };
}

/** A keys file: its keys by SHA-256, and what it says of tenants (`tenants`: rate limits, models; gateway/tenant-policy.ts). */
export interface KeysDoc {
  keys: Map<string, Principal>;
  tenants: Map<string, TenantPolicy>;
}

export function parseKeysDoc(text: string, file: string): KeysDoc {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const keys = (doc as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) throw new Error(`${file}: expected {"keys": [...]}`);
  const out = new Map<string, Principal>();
  keys.forEach((k: Partial<KeyRecord>, i) => {
    if (typeof k?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(k.sha256)) throw new Error(`${file}: keys[${i}].sha256: expected 64 hex digits`);
    // A lone surrogate has no UTF-8 form: no request envelope carrying it could be decoded.
    if (typeof k.tenant !== 'string' || k.tenant === '' || !k.tenant.isWellFormed()) throw new Error(`${file}: keys[${i}].tenant: expected a tenant name`);
    if (k.role !== 'user' && k.role !== 'admin') throw new Error(`${file}: keys[${i}].role: expected "user" or "admin"`);
    out.set(k.sha256, { keyId: k.keyId ?? `keys[${i}]`, tenant: k.tenant, role: k.role });
  });
  return { keys: out, tenants: parseTenants((doc as { tenants?: unknown }).tenants, file) };
}

export function parseKeysFile(text: string, file: string): Map<string, Principal> {
  return parseKeysDoc(text, file).keys;
}

/** A principal by the SHA-256 of its key (a Map is one). */
export interface KeyLookup {
  get(sha256: string): Principal | undefined;
}

/** How often the keys file is checked for changes. */
const KEYS_FILE_POLL_MS = 500;

/**
 * The keys file, reloaded when it changes, so keys added or revoked take
 * effect within a second without a restart. A file that cannot be read or
 * does not validate (half written, a typo, deleted) keeps the keys in
 * force: an operator's mistake must not lock every client out, nor let
 * anyone in. The file is polled (file-poll.ts).
 */
export class KeysFile implements KeyLookup, PolicyLookup {
  readonly file: string;
  /** Reloads refused so far (the file did not read or validate). */
  rejected = 0;
  private keys: Map<string, Principal>;
  private tenants: Map<string, TenantPolicy>;
  private readonly log: Logger;
  private readonly poll: { close(): void };

  /** Loads `file` (throws when it is not valid: the gateway does not start) and watches it. */
  constructor(file: string, log: Logger) {
    this.file = file;
    this.log = log;
    this.poll = pollFiles([file], KEYS_FILE_POLL_MS, () => this.reload());
    ({ keys: this.keys, tenants: this.tenants } = this.read());
  }

  private read(): KeysDoc {
    return parseKeysDoc(readFileSync(this.file, 'utf8'), this.file);
  }

  get(sha256: string): Principal | undefined {
    return this.keys.get(sha256);
  }

  policyOf(tenant: string): TenantPolicy | undefined {
    return policyFor(this.tenants, tenant);
  }

  get size(): number {
    return this.keys.size;
  }

  /** Reads the file again; on any failure the keys in force stay. Returns whether it loaded. */
  reload(): boolean {
    try {
      ({ keys: this.keys, tenants: this.tenants } = this.read());
      this.log.info('API keys reloaded', { file: this.file, keys: this.keys.size, tenantPolicies: this.tenants.size });
      return true;
    } catch (err) {
      this.rejected++;
      this.log.error('API keys file rejected; the previous keys stay in force', { file: this.file, keys: this.keys.size, err: (err as Error).message });
      return false;
    }
  }

  close(): void {
    this.poll.close();
  }
}

export type AuthVariables = { principal: Principal };

/** Requires a valid Bearer key when `keys` is given; otherwise every caller is ANONYMOUS. */
export function auth(keys: KeyLookup | undefined): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async function authenticate(c, next) {
    if (!keys) {
      c.set('principal', ANONYMOUS);
      return next();
    }
    const header = c.req.header('authorization') ?? '';
    // Browsers cannot set headers on a WebSocket: the Realtime API takes the
    // key as a subprotocol, `openai-insecure-api-key.<key>`, instead.
    const sub = c.req.header('upgrade')?.toLowerCase() === 'websocket'
      ? /(?:^|,)\s*openai-insecure-api-key\.([^\s,]+)/.exec(c.req.header('sec-websocket-protocol') ?? '')
      : null;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header) ?? sub;
    if (!m) {
      throw new HttpError(401, 'You didn\'t provide an API key. Provide it in an Authorization header: "Authorization: Bearer YOUR_KEY".', { code: 'invalid_api_key' });
    }
    const principal = keys.get(hashKey(m[1]!));
    if (!principal) throw new HttpError(401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
    c.set('principal', principal);
    return next();
  };
}
