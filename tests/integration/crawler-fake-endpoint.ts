import http from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for the search engines (IndexNow, Google's token and
// Indexing API endpoints) on 127.0.0.1: it records each request and answers
// with the statuses a test queues per path (200 by default). Nothing reaches
// the network.

export type Received = { path: string; headers: http.IncomingHttpHeaders; body: string; json: unknown };

export type FakeEndpoint = {
  url: (path: string) => string;
  received: Received[];
  /** Queue the next answers for a path; a number is a status with an empty body. */
  answer: (path: string, ...answers: (number | { status: number; json: unknown })[]) => void;
  /** The answer for a path when its queue is empty (otherwise 200 with no body). */
  fallback: (path: string, answer: number | { status: number; json: unknown }) => void;
  /** Delay every answer (to keep a request in flight). */
  delayMs: number;
  close: () => Promise<void>;
};

export async function startFakeEndpoint(): Promise<FakeEndpoint> {
  const queues = new Map<string, (number | { status: number; json: unknown })[]>();
  const fallbacks = new Map<string, number | { status: number; json: unknown }>();
  const received: Received[] = [];
  const fake: Partial<FakeEndpoint> = { received, delayMs: 0 };
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const path = request.url ?? "";
      let json: unknown = null;
      try {
        json = body && request.headers["content-type"]?.includes("json") ? JSON.parse(body) : null;
      } catch {
        json = null;
      }
      received.push({ path, headers: request.headers, body, json });
      const next = queues.get(path)?.shift() ?? fallbacks.get(path) ?? 200;
      setTimeout(() => {
        if (typeof next === "number") response.writeHead(next).end();
        else response.writeHead(next.status, { "content-type": "application/json" }).end(JSON.stringify(next.json));
      }, fake.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(fake, {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    answer: (path: string, ...answers: (number | { status: number; json: unknown })[]) => void queues.set(path, [...(queues.get(path) ?? []), ...answers]),
    fallback: (path: string, answer: number | { status: number; json: unknown }) => void fallbacks.set(path, answer),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as FakeEndpoint;
}
