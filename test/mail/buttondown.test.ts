import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { fakeMailer, type Answer, type FakeMailer, type Received } from "./fakeMailer.ts";

// The shapes of https://docs.buttondown.com/api-emails-create: a list is {"results": […], "count"},
// an email is an object with its "id", an error is {"detail": "…"} or, for a request that does
// not validate, {"detail": [{"loc": […], "msg": "…"}]}.
const SUBJECT = "WWW 0x04: Distroless，只裝你的 App";
const email = (id: string, subject: string, status = "draft") => ({ id, subject, status, body: "…", creation_date: "2026-12-07T10:00:00Z" });
const listing = (...results: unknown[]) => ({ status: 200, json: { results, count: results.length, next: null, previous: null } });

let root: string;
let mailer: FakeMailer | undefined;
beforeAll(async () => {
  root = await scratchProject();
  await writeFile(join(root, "content/zh-tw/issues/www-0x99.md"), '---\ntitle: "WWW 0x99: 未來"\ndate: 2099-01-01\n---\n\n之後。\n');
});
afterEach(() => mailer?.close());

async function send(answer: (request: Received) => Answer, args: string[] = [], issue = "www-0x04") {
  mailer = await fakeMailer(answer);
  const env = { BUTTONDOWN_API_KEY: "bd-key", BUTTONDOWN_API_URL: mailer.url, EMAIL_TIMEOUT_MS: "500" };
  const result = await runScript("email", [issue, "--send=buttondown", ...args], root, { env });
  return { ...result, received: mailer.received };
}

const FILES = "email/zh-tw/www-0x04.html\nemail/zh-tw/www-0x04.txt\n";

describe("npm run email -- --send=buttondown", () => {
  it("creates a draft email with the HTML, and prints its id", async () => {
    const result = await send((request) => (request.method === "GET" ? listing(email("em_1", "WWW 0x03")) : { status: 201, json: email("em_42", SUBJECT) }));
    expect(result.received.map((request) => `${request.method} ${request.url} ${request.authorization}`)).toEqual(["GET /v1/emails?status=draft Token bd-key", "POST /v1/emails Token bd-key"]);
    const body = result.received[1]!.body!;
    expect(body).toMatchObject({ subject: SUBJECT, status: "draft" });
    expect(body.body).toContain('href="{{ unsubscribe_url }}"');
    expect(result).toMatchObject({ code: 0, stderr: "", stdout: `${FILES}buttondown: draft em_42 created; review it there and send it from there\n` });
  });

  it("leaves the issue's draft as it is when there is one, unless --replace, which patches it", async () => {
    const existing = (request: Received): Answer => (request.method === "GET" ? listing(email("em_7", SUBJECT)) : { status: 200, json: email("em_7", SUBJECT) });
    const kept = await send(existing);
    expect(kept.received.map((request) => request.method)).toEqual(["GET"]);
    expect(kept.stdout).toBe(`${FILES}buttondown: draft em_7 is already there; nothing changed (give --replace to replace it)\n`);
    await mailer!.close();
    const replaced = await send(existing, ["--replace"]);
    expect(replaced.received.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /v1/emails?status=draft", "PATCH /v1/emails/em_7"]);
    expect(Object.keys(replaced.received[1]!.body!)).toEqual(["subject", "body"]);
    expect(replaced.stdout).toBe(`${FILES}buttondown: draft em_7 replaced; review it there and send it from there\n`);
  });

  it("says the key was refused on 401, and gives Buttondown's own words on 422 (exit 1)", async () => {
    const refused = await send(() => ({ status: 401, json: { detail: "Invalid token." } }));
    expect(refused).toMatchObject({ code: 1, stderr: "Buttondown refused the credentials (GET /v1/emails answered HTTP 401); check BUTTONDOWN_API_KEY (Settings → API in Buttondown)\n" });
    await mailer!.close();
    const invalid = await send((request) =>
      request.method === "GET" ? listing() : { status: 422, json: { detail: [{ loc: ["body", "subject"], msg: "An email with this subject already exists.", type: "value_error" }] } },
    );
    expect(invalid).toMatchObject({ code: 1, stderr: "Buttondown refused the request (POST /v1/emails answered HTTP 422): An email with this subject already exists.\n" });
  });

  it("says to try again later on a 5xx or when Buttondown never answers", async () => {
    const failed = await send((request) => (request.method === "GET" ? listing() : { status: 503 }));
    expect(failed).toMatchObject({ code: 1, stderr: "Buttondown failed (POST /v1/emails answered HTTP 503); try again later\n" });
    await mailer!.close();
    const silent = await send(() => "never");
    expect(silent).toMatchObject({ code: 1, stderr: `Buttondown at ${mailer!.url} gave no answer within 0.5 s; try again later\n` });
  });

  it("refuses an issue dated in the future, and hands it over with --allow-draft", async () => {
    const answer = (request: Received): Answer => (request.method === "GET" ? listing() : { status: 201, json: email("em_99", "WWW 0x99: 未來") });
    const refused = await send(answer, [], "www-0x99");
    expect(refused).toMatchObject({ code: 1, received: [] });
    expect(refused.stderr).toBe("content/zh-tw/issues/www-0x99.md: is dated in the future, and readers would get an issue the site does not show yet; publish it first, or give --allow-draft to hand it over anyway\n");
    await mailer!.close();
    const allowed = await send(answer, ["--allow-draft"], "www-0x99");
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("buttondown: draft em_99 created");
  });
});
