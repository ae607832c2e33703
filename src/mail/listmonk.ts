import type { Draft, HandOverResult } from "./handOver.ts";
import { baseUrl, requestJson, required, SendError, timeoutOf, type Service } from "./http.ts";

const VARIABLES = ["LISTMONK_URL", "LISTMONK_USER", "LISTMONK_TOKEN", "LISTMONK_LIST_IDS"] as const;

interface Campaign {
  id: number;
  name: string;
  status: string;
}

function templateId(value: string | undefined): { template_id?: number } {
  if (!value?.trim()) return {};
  if (!/^\d+$/.test(value.trim())) throw new SendError(`LISTMONK_TEMPLATE_ID "${value}" is not a template id; give the number of a campaign template in listmonk, such as LISTMONK_TEMPLATE_ID=5`);
  return { template_id: Number(value) };
}

function listIds(value: string): number[] {
  const ids = value.split(",").map((id) => id.trim());
  if (ids.some((id) => !/^\d+$/.test(id))) {
    throw new SendError(`LISTMONK_LIST_IDS "${value}" is not a list of list ids; write the ids of listmonk's lists separated by commas, such as LISTMONK_LIST_IDS=3,4`);
  }
  return ids.map(Number);
}

/**
 * A draft campaign in listmonk (https://listmonk.app/docs/apis/campaigns/): found by its name
 * among the drafts, created with `POST /api/campaigns`, replaced with `PUT /api/campaigns/{id}`.
 * A campaign is created as a draft and sent only when someone starts it in listmonk.
 */
export async function listmonk(draft: Draft, replace: boolean, env: NodeJS.ProcessEnv): Promise<HandOverResult> {
  const vars = required(env, VARIABLES);
  const lists = listIds(vars.LISTMONK_LIST_IDS!);
  const template = templateId(env.LISTMONK_TEMPLATE_ID);
  const base = baseUrl("LISTMONK_URL", vars.LISTMONK_URL!);
  const service: Service = {
    name: "listmonk",
    credentials: "LISTMONK_USER and LISTMONK_TOKEN (an API user and its token, Admin → Users)",
    // API users authenticate with `Authorization: token user:token` (listmonk v4+,
    // https://listmonk.app/docs/apis/apis/); basic auth with the same pair works too.
    headers: { authorization: `token ${vars.LISTMONK_USER}:${vars.LISTMONK_TOKEN}` },
    timeoutMs: timeoutOf(env),
    // listmonk's errors are `{"message": "…"}`.
    errorMessage: (body) => (body as { message?: string } | undefined)?.message,
  };
  // Every draft, matched by name here: listmonk's `query` is a full-text search, which may not
  // find a name such as `zh-tw/www-0x04` whole.
  const found = (await requestJson(service, "GET", `${base}/api/campaigns?status=draft&per_page=all`)) as { data?: { results?: Campaign[] } };
  const existing = found?.data?.results?.find((campaign) => campaign.name === draft.key && campaign.status === "draft");
  const url = (id: number) => `${base}/admin/campaigns/${id}`;
  if (existing && !replace) return { outcome: "kept", id: String(existing.id), url: url(existing.id) };
  const { subject, html, text } = draft.edition;
  const campaign = {
    name: draft.key,
    subject,
    lists,
    type: "regular",
    content_type: "html",
    body: html,
    altbody: text,
    // The default campaign template wraps the body in a header and footer of its own; a template
    // holding only {{ template "content" . }} sends the email as it is (docs/email.md).
    ...template,
  };
  const saved = existing
    ? await requestJson(service, "PUT", `${base}/api/campaigns/${existing.id}`, campaign)
    : await requestJson(service, "POST", `${base}/api/campaigns`, campaign);
  const id = (saved as { data?: { id?: number } } | undefined)?.data?.id ?? existing?.id;
  if (id === undefined) throw new SendError(`listmonk answered without a campaign id; look for the draft "${draft.key}" in listmonk`);
  return { outcome: existing ? "replaced" : "created", id: String(id), url: url(id) };
}
