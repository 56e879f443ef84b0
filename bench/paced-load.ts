import { Agent, request } from 'node:http';

/** What one paced run measured: latencies in ms, each from the moment its request was due. */
export interface Paced {
  /** Answers per second over the run. */
  served: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests answered with anything but 200, or not answered. */
  failed: number;
}

/**
 * Sends POST requests at an even `rate` per second for `seconds` (open loop: request i is due at i / rate s, whether or
 * not earlier ones are answered) and measures each latency from the moment it was due, so that a server that falls
 * behind is charged for the wait as well (no coordinated omission).
 *
 * autocannon's `overallRate` was not used: it sends each second's quota as fast as it can and then pauses until the
 * next second, which measures a burst of 20 connections, not a rate; and its correction for coordinated omission takes
 * the rate per connection as a whole millisecond, which adds samples no request had.
 */
export async function pacedLoad(url: string, headers: Record<string, string>, body: string, rate: number, seconds: number): Promise<Paced> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(url);
  const payload = Buffer.from(body);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  const start = performance.now();
  const answers: Array<Promise<void>> = [];

  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...headers, 'content-length': payload.length } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) latencies.push(performance.now() - due);
            else failed++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failed++;
        resolve();
      });
      req.end(payload);
    });

  await new Promise<void>((done) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      const dueNow = Math.min(total, Math.floor((elapsed * rate) / 1000) + 1);
      for (; sent < dueNow; sent++) answers.push(send(start + (sent * 1000) / rate));
      if (sent < total) setTimeout(tick, 1);
      else done();
    };
    tick();
  });
  await Promise.all(answers);
  const took = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { served: latencies.length / took, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? NaN, failed };
}
