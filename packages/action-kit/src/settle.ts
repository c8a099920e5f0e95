/**
 * Awaits every promise, then throws the first failure in list order (not in time order): work
 * started side by side reports the error a sequential run would have met first, and no failure is
 * left unhandled while another is awaited.
 */
export async function settleInOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> | T[K] }): Promise<T> {
  const results = await Promise.allSettled(promises);
  for (const r of results) if (r.status === 'rejected') throw r.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
