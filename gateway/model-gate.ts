// Whether a caller may use a model: the fabric serves it, and the caller's
// tenant may use it (the `models` of its entry in the keys file; an admin
// key may use any). A model the tenant may not use is refused exactly like
// a missing one (404 model_not_found) and left out of /v1/models, so a
// tenant learns nothing of the others' models.
import type { Context } from 'hono';
import { errors } from '../proto/index.ts';
import { modelAllowed } from '../catalog/model-access.ts';
import type { Principal } from './auth.ts';
import type { GatewayDeps, GatewayEnv } from './app.ts';

type Deps = Pick<GatewayDeps, 'hasModel' | 'tenantModels'>;

/** The model patterns `principal` is held to; undefined: every model. */
export function modelsOf(deps: Pick<GatewayDeps, 'tenantModels'>, principal: Principal): readonly string[] | undefined {
  return principal.role === 'admin' ? undefined : deps.tenantModels?.(principal.tenant);
}

export function mayUse(deps: Deps, principal: Principal, model: string): boolean {
  return deps.hasModel(model) && modelAllowed(modelsOf(deps, principal), model);
}

/** Throws model_not_found unless the caller of `c` may use `model`. */
export function requireModel(c: Context<GatewayEnv>, deps: Deps, model: string): void {
  if (!mayUse(deps, c.get('principal'), model)) throw errors.modelNotFound(model);
}
