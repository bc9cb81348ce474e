// OpenAI's cursor pagination: `after` an id, at most `limit` items, with
// first_id, last_id and has_more.
import { errors } from '../../proto/index.ts';

export function listPage<T extends { id: string }>(items: T[], after: string | undefined, limitText: string | undefined, maxLimit: number, defaultLimit = maxLimit) {
  const limit = limitText === undefined ? defaultLimit : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) throw errors.invalid(`Invalid value for 'limit': expected an integer from 1 to ${maxLimit}.`, 'limit');
  let from = 0;
  if (after) {
    const i = items.findIndex((x) => x.id === after);
    from = i < 0 ? items.length : i + 1;
  }
  const data = items.slice(from, from + limit);
  return { object: 'list' as const, data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: from + limit < items.length };
}
