/**
 * Memoization by input identity: the view model's way of recomputing only what changed.
 * Owns: comparing inputs (===, element by element). Does not own: what is computed.
 */

/** Wraps `compute` so it runs again only when one of its arguments is not `===` the last call's. */
export function memoize<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => arg !== last!.args[i])) {
      last = { args, value: compute(...args) };
    }
    return last.value;
  };
}
