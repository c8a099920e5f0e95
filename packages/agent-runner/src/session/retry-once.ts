/**
 * Spec §11, "on any tool error: surface the error in the trace; retry once;
 * on second failure, escalate": the one place that retries, for tools,
 * control tools and model calls alike. `failed` surfaces each failure (record,
 * trace, log); after the second, the outcome carries the error and the caller
 * escalates.
 */
export async function retryOnce<T>(
  attempt: (n: number) => Promise<T>,
  failed: (error: unknown, n: number) => void,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  let last: unknown;
  for (let n = 1; n <= 2; n += 1) {
    try {
      return { ok: true, value: await attempt(n) };
    } catch (error) {
      last = error;
      failed(error, n);
    }
  }
  return { ok: false, error: last };
}
