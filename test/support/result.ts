import type { Result } from '../../shared/contract/result';

/** The value of an ok reply; fails the test with the error otherwise. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
