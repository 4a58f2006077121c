import { CrmError } from '../../src/core/errors';

/** Runs f and returns the CrmError it throws; fails the test if it throws nothing or something else. */
export function errorOf(f: () => unknown): CrmError {
  try {
    f();
  } catch (e) {
    if (e instanceof CrmError) return e;
    throw e;
  }
  throw new Error('expected a CrmError');
}
