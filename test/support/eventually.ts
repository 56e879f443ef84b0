/**
 * Reads until `done` holds or `timeoutMs` has passed, and gives the last value read (the spec's expectation then says
 * what was wrong): for what happens after a request answers, such as jobs and outbox handlers.
 */
export async function eventually<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - start > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}
