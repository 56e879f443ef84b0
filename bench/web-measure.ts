/* Run inside the benchmark's browser pages: they may use only the DOM and what they are given. */

/** What MEASURE_RENDER waits for: the answer to one named operation, then `expected` elements matching `selector`. */
export interface RenderMark {
  operation: string;
  selector: string;
  expected: number;
}

/**
 * In the page before it loads: marks when the named operation's request is sent and its answer read (fetch wrapped),
 * and when the expected number of elements are in the DOM and painted (a MutationObserver, then the next frame).
 */
export const MEASURE_RENDER = ({ operation, selector, expected }: RenderMark) => {
  const w = window as unknown as { __render?: { sent: number; read: number; shown: number } };
  const marks = { sent: 0, read: 0 };
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const named = typeof init?.body === 'string' && init.body.includes(`"operationName":"${operation}"`);
    if (!named) return original(input, init);
    marks.sent = performance.now();
    const res = await original(input, init);
    const text = await res.text();
    marks.read = performance.now();
    return new Response(text, { status: res.status, headers: res.headers });
  };
  const observer = new MutationObserver(() => {
    if (!marks.read) return;
    if (document.querySelectorAll(selector).length < expected) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__render = { ...marks, shown: performance.now() }), 0));
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
};
