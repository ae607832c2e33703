import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { SendError } from "../../src/mail/http.ts";
import { listmonk } from "../../src/mail/listmonk.ts";
import { fakeMailer, type Answer, type FakeMailer, type Received } from "./fakeMailer.ts";

// The shapes of https://listmonk.app/docs/apis/campaigns/: results wrapped in {"data": …},
// errors as {"message": …}.
const campaign = (id: number, name: string, status = "draft") => ({ id, name, status, subject: "s", lists: [{ id: 3 }] });
const listing = (...results: unknown[]) => ({ status: 200, json: { data: { results, query: "", total: results.length, per_page: 20, page: 1 } } });

let root: string;
let mailer: FakeMailer | undefined;
beforeAll(async () => {
  root = await scratchProject();
  await writeFile(join(root, "content/en/issues/next-week.md"), '---\ntitle: "Next week"\ndate: 2020-03-01\ndraft: true\n---\n\nSoon.\n');
});
afterEach(() => mailer?.close());

async function send(answer: (request: Received) => Answer, args: string[] = [], env: Record<string, string> = {}) {
  mailer = await fakeMailer(answer);
  const variables = { LISTMONK_URL: `${mailer.url}/`, LISTMONK_USER: "weekly-api", LISTMONK_TOKEN: "s3cret", LISTMONK_LIST_IDS: "3, 4", EMAIL_TIMEOUT_MS: "500" };
  const result = await runScript("email", ["www-0x04", "--lang=en", "--send=listmonk", ...args], root, { env: { ...variables, ...env } });
  return { ...result, received: mailer.received };
}

const lookUp = { method: "GET", url: "/api/campaigns?status=draft&per_page=all", authorization: "token weekly-api:s3cret" };
const FILES = "email/en/www-0x04.html\nemail/en/www-0x04.txt\n";

describe("npm run email -- --send=listmonk", () => {
  it("creates a draft campaign with the HTML and text parts, and prints its id and its page in listmonk", async () => {
    const result = await send((request) => (request.method === "GET" ? listing(campaign(1, "en/www-0x02")) : { status: 200, json: { data: campaign(42, "en/www-0x04") } }));
    expect(result.received).toHaveLength(2);
    expect(result.received[0]).toMatchObject(lookUp);
    const [, created] = result.received;
    expect(created).toMatchObject({ method: "POST", url: "/api/campaigns", authorization: "token weekly-api:s3cret", contentType: "application/json" });
    expect(created!.body).toMatchObject({ name: "en/www-0x04", subject: "WWW 0x04: Distroless, just your app", lists: [3, 4], type: "regular", content_type: "html" });
    expect(created!.body!.body).toBe(await import("node:fs/promises").then((fs) => fs.readFile(join(root, "email/en/www-0x04.html"), "utf8")));
    expect(created!.body!.altbody).toContain("Unsubscribe [{{ UnsubscribeURL }}]");
    expect(result).toMatchObject({ code: 0, stderr: "", stdout: `${FILES}listmonk: draft 42 created: ${mailer!.url}/admin/campaigns/42; review it there and send it from there\n` });
  });

  it("leaves the issue's draft as it is when there is one, unless --replace, which updates it in place", async () => {
    const existing = (request: Received): Answer => (request.method === "GET" ? listing(campaign(7, "en/www-0x04")) : { status: 200, json: { data: campaign(7, "en/www-0x04") } });
    const kept = await send(existing);
    expect(kept.received.map((request) => request.method)).toEqual(["GET"]);
    expect(kept.stdout).toBe(`${FILES}listmonk: draft 7 is already there: ${mailer!.url}/admin/campaigns/7; nothing changed (give --replace to replace it)\n`);
    await mailer!.close();
    const replaced = await send(existing, ["--replace"]);
    expect(replaced.received.map((request) => `${request.method} ${request.url}`)).toEqual([`GET ${lookUp.url}`, "PUT /api/campaigns/7"]);
    expect(replaced.received[1]!.body).toMatchObject({ name: "en/www-0x04", content_type: "html", lists: [3, 4] });
    expect(replaced.stdout).toBe(`${FILES}listmonk: draft 7 replaced: ${mailer!.url}/admin/campaigns/7; review it there and send it from there\n`);
  });

  it("says the credentials were refused on 401 and 403, exit 1, creating nothing", async () => {
    for (const status of [401, 403]) {
      const result = await send(() => ({ status, json: { message: "invalid API credentials" } }));
      expect(result.code).toBe(1);
      expect(result.received.map((request) => request.method)).toEqual(["GET"]);
      expect(result.stderr).toBe(`listmonk refused the credentials (GET /api/campaigns answered HTTP ${status}); check LISTMONK_USER and LISTMONK_TOKEN (an API user and its token, Admin → Users)\n`);
      await mailer!.close();
    }
  });

  it("gives listmonk's own message when it refuses the campaign (422)", async () => {
    const result = await send((request) => (request.method === "GET" ? listing() : { status: 422, json: { message: "Invalid list IDs." } }));
    expect(result).toMatchObject({ code: 1, stderr: "listmonk refused the request (POST /api/campaigns answered HTTP 422): Invalid list IDs.\n" });
  });

  it("says to try again later on a 5xx or when listmonk never answers", async () => {
    const failed = await send(() => ({ status: 500, json: { message: "database error" } }));
    expect(failed).toMatchObject({ code: 1, stderr: "listmonk failed (GET /api/campaigns answered HTTP 500); try again later\n" });
    await mailer!.close();
    const silent = await send(() => "never");
    expect(silent.code).toBe(1);
    expect(silent.stderr).toBe(`listmonk at ${mailer!.url} gave no answer within 0.5 s; try again later\n`);
  });

  it("names a missing variable, and refuses a draft issue unless --allow-draft, before any request", async () => {
    const missing = await send(() => listing(), [], { LISTMONK_TOKEN: "" });
    expect(missing).toMatchObject({ code: 1, stderr: "LISTMONK_TOKEN is not set; export LISTMONK_TOKEN=… (docs/email.md) and run again\n", received: [] });
    await mailer!.close();
    mailer = await fakeMailer(() => listing());
    const env = { LISTMONK_URL: mailer.url, LISTMONK_USER: "u", LISTMONK_TOKEN: "t", LISTMONK_LIST_IDS: "3" };
    const draft = await runScript("email", ["next-week", "--lang=en", "--send=listmonk"], root, { env });
    expect(draft).toMatchObject({ code: 1, stdout: "" });
    expect(draft.stderr).toBe("content/en/issues/next-week.md: is a draft (draft: true), and readers would get an issue the site does not show yet; publish it first, or give --allow-draft to hand it over anyway\n");
    expect(mailer.received).toEqual([]);
  });
});

describe("listmonk's variables", () => {
  const draft = { edition: { subject: "s", html: "<p>h</p>", text: "t" }, key: "en/www-0x04" };
  const env = { LISTMONK_URL: "https://lists.example.org", LISTMONK_USER: "u", LISTMONK_TOKEN: "t", LISTMONK_LIST_IDS: "3" };

  it.each([
    [{ LISTMONK_USER: "", LISTMONK_LIST_IDS: " " }, "LISTMONK_USER, LISTMONK_LIST_IDS are not set; export LISTMONK_USER=… LISTMONK_LIST_IDS=… (docs/email.md) and run again"],
    [{ LISTMONK_LIST_IDS: "news" }, 'LISTMONK_LIST_IDS "news" is not a list of list ids; write the ids of listmonk\'s lists separated by commas, such as LISTMONK_LIST_IDS=3,4'],
    [{ LISTMONK_TEMPLATE_ID: "plain" }, 'LISTMONK_TEMPLATE_ID "plain" is not a template id; give the number of a campaign template in listmonk, such as LISTMONK_TEMPLATE_ID=5'],
    [{ LISTMONK_URL: "lists.example.org" }, 'LISTMONK_URL "lists.example.org" is not an http(s) address; write it like LISTMONK_URL=https://lists.example.org'],
  ])("are checked before any request: %j", async (wrong, message) => {
    await expect(listmonk(draft, false, { ...env, ...wrong })).rejects.toThrow(new SendError(message));
  });
});
