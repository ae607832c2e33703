/** A hand-over that failed: the message says what to do; nothing was created or changed. */
export class SendError extends Error {
  override name = "SendError";
}

/** A mailer's settings, read from the environment; a missing one is named. */
export function required(env: NodeJS.ProcessEnv, names: readonly string[]): Record<string, string> {
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new SendError(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set; export ${missing.map((name) => `${name}=…`).join(" ")} (docs/email.md) and run again`);
  }
  return Object.fromEntries(names.map((name) => [name, env[name]!.trim()]));
}

/** A mailer's address from the variable `name`, without a trailing slash. */
export function baseUrl(name: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== "https:" && url?.protocol !== "http:") {
    throw new SendError(`${name} "${value}" is not an http(s) address; write it like ${name}=https://lists.example.org`);
  }
  return value.replace(/\/+$/, "");
}

/**
 * How long a mailer may take to answer. `EMAIL_TIMEOUT_MS` exists for the tests, whose server
 * that never answers should not cost 10 s.
 */
export const timeoutOf = (env: NodeJS.ProcessEnv) => Number(env.EMAIL_TIMEOUT_MS) || 10_000;

export interface Service {
  /** As messages name it: `listmonk`. */
  name: string;
  /** The variables that hold its credentials, named when it refuses them. */
  credentials: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** The service's own words from an error's body. */
  errorMessage: (body: unknown) => string | undefined;
}

/**
 * One JSON request to a mailer, and its JSON answer. Every failure is a SendError saying whose
 * fault it is: the credentials (401, 403), the request (another 4xx, in the service's words), or
 * the service (5xx, no answer in time): try again later.
 */
export async function requestJson(service: Service, method: string, url: string, body?: unknown): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: "application/json", ...service.headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(service.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError";
    const why = timedOut ? `gave no answer within ${service.timeoutMs / 1000} s` : `could not be reached (${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message})`;
    throw new SendError(`${service.name} at ${new URL(url).origin} ${why}; try again later`);
  }
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const status = `${method} ${new URL(url).pathname} answered HTTP ${response.status}`;
  if (response.status === 401 || response.status === 403) {
    throw new SendError(`${service.name} refused the credentials (${status}); check ${service.credentials}`);
  }
  if (response.status >= 400 && response.status < 500) {
    const said = service.errorMessage(json) ?? (text.trim().slice(0, 300) || "no reason given");
    throw new SendError(`${service.name} refused the request (${status}): ${said}`);
  }
  if (!response.ok) throw new SendError(`${service.name} failed (${status}); try again later`);
  return json;
}
