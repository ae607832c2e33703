import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the fake mailer received it. */
export interface Received {
  method: string;
  /** Path and query, as sent. */
  url: string;
  authorization?: string;
  contentType?: string;
  body?: Record<string, unknown>;
}

/** What the fake answers a request: a status and a JSON body, or no answer at all. */
export type Answer = { status: number; json?: unknown } | "never";

export interface FakeMailer {
  url: string;
  received: Received[];
  close: () => Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text === "" ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/**
 * A mailer's HTTP API on 127.0.0.1, answering each request with `answer(request)` and recording
 * what the command sent. The answers follow the service's documented shapes (see the tests).
 */
export async function fakeMailer(answer: (request: Received) => Answer): Promise<FakeMailer> {
  const received: Received[] = [];
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const got: Received = {
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      contentType: request.headers["content-type"],
      body: await bodyOf(request),
    };
    received.push(got);
    const reply = answer(got);
    if (reply === "never") return;
    response.writeHead(reply.status, { "content-type": "application/json" });
    response.end(reply.json === undefined ? "" : JSON.stringify(reply.json));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
