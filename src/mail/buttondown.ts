import type { Draft, HandOverResult } from "./handOver.ts";
import { baseUrl, requestJson, required, SendError, timeoutOf, type Service } from "./http.ts";

interface Email {
  id: string;
  subject: string;
  status: string;
}

/** Buttondown's error bodies: `{"detail": "…"}`, or a validation error's `{"detail": [{"msg": "…"}]}`. */
function errorMessage(body: unknown): string | undefined {
  const detail = (body as { detail?: unknown; message?: unknown } | undefined)?.detail ?? (body as { message?: unknown } | undefined)?.message;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) return detail.map((item) => (item as { msg?: string }).msg ?? JSON.stringify(item)).join("; ");
  return undefined;
}

/**
 * A draft email in Buttondown (https://docs.buttondown.com/api-emails-create): found among the
 * drafts by its subject, created with `POST /v1/emails` and `status: draft`, replaced with
 * `PATCH /v1/emails/{id}`. A draft is sent only when someone sends it in Buttondown.
 */
export async function buttondown(draft: Draft, replace: boolean, env: NodeJS.ProcessEnv): Promise<HandOverResult> {
  const key = required(env, ["BUTTONDOWN_API_KEY"]).BUTTONDOWN_API_KEY!;
  const base = baseUrl("BUTTONDOWN_API_URL", env.BUTTONDOWN_API_URL?.trim() || "https://api.buttondown.com");
  const service: Service = {
    name: "Buttondown",
    credentials: "BUTTONDOWN_API_KEY (Settings → API in Buttondown)",
    headers: { authorization: `Token ${key}` },
    timeoutMs: timeoutOf(env),
    errorMessage,
  };
  const { subject, html } = draft.edition;
  const found = (await requestJson(service, "GET", `${base}/v1/emails?status=draft`)) as { results?: Email[] } | undefined;
  const existing = found?.results?.find((email) => email.subject === subject && email.status === "draft");
  if (existing && !replace) return { outcome: "kept", id: existing.id };
  const saved = existing
    ? await requestJson(service, "PATCH", `${base}/v1/emails/${encodeURIComponent(existing.id)}`, { subject, body: html })
    : await requestJson(service, "POST", `${base}/v1/emails`, { subject, body: html, status: "draft" });
  const id = (saved as { id?: string } | undefined)?.id ?? existing?.id;
  if (id === undefined) throw new SendError(`Buttondown answered without an email id; look for the draft "${subject}" in Buttondown`);
  return { outcome: existing ? "replaced" : "created", id };
}
