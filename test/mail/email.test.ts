import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { hashTree } from "../support/tree.ts";

const email = (root: string, ...args: string[]) => runScript("email", args, root);

let root: string;
beforeAll(async () => {
  root = await scratchProject();
});

describe("npm run email", () => {
  it("writes the issue's email as email/<lang>/<name>.html and .txt, and prints both paths", async () => {
    const result = await email(root, "www-0x04");
    expect(result).toMatchObject({ code: 0, stdout: "email/zh-tw/www-0x04.html\nemail/zh-tw/www-0x04.txt\n", stderr: "" });
    const html = await readFile(join(root, "email/zh-tw/www-0x04.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-Hant-TW">/);
    expect(html).toContain('href="{{ UnsubscribeURL }}"');
    expect(await readFile(join(root, "email/zh-tw/www-0x04.txt"), "utf8")).toContain("取消訂閱 [{{ UnsubscribeURL }}]");
  });

  it("takes the issue by file or by name and --lang, with the chosen mailer's unsubscribe link", async () => {
    const byFile = await email(root, "content/en/issues/www-0x02.md", "--service=buttondown");
    expect(byFile).toMatchObject({ code: 0, stdout: "email/en/www-0x02.html\nemail/en/www-0x02.txt\n" });
    expect(await readFile(join(root, "email/en/www-0x02.txt"), "utf8")).toContain("Unsubscribe [{{ unsubscribe_url }}]");
    const byName = await email(root, "www-0x02", "--lang", "en");
    expect(byName.stdout).toBe("email/en/www-0x02.html\nemail/en/www-0x02.txt\n");
    expect(await readFile(join(root, "email/en/www-0x02.txt"), "utf8")).toContain("Unsubscribe [{{ UnsubscribeURL }}]");
  });

  it("makes links absolute at SITE_URL and under --pathprefix", async () => {
    const result = await runScript("email", ["www-0x04", "--lang=en", "--pathprefix=/weekly/"], root, { env: { SITE_URL: "https://preview.example.org" } });
    expect(result.code).toBe(0);
    expect(await readFile(join(root, "email/en/www-0x04.html"), "utf8")).toContain('href="https://preview.example.org/weekly/en/issues/www-0x04/"');
  });

  it("refuses a mistaken command with exit 2 and what to type, writing nothing", async () => {
    const before = await hashTree(join(root, "email"));
    const cases = [
      [[], "npm run email: Give the issue file or name"],
      [["www-0x04", "www-0x02"], "npm run email: Give one issue file or name, not www-0x04 and www-0x02"],
      [["www-0x04", "--sned=listmonk"], "npm run email: Unknown option '--sned'"],
      [["www-0x99"], "npm run email: there is no content/zh-tw/issues/www-0x99.md; give an issue's name, such as www-0x04 (with --lang=en for the English edition), or its file"],
      [["www-0x04", "--lang=fr"], "npm run email: --lang=fr is not a language of this site; write --lang=zh-tw or --lang=en"],
      [["www-0x04", "--send=mailchimp"], "npm run email: --send=mailchimp is not a mailer this command knows; write --send=listmonk or --send=buttondown"],
      [["www-0x04", "--service=buttondown", "--send=listmonk"], "npm run email: --service=buttondown and --send=listmonk disagree; the email carries the unsubscribe link of the mailer it is sent to, so give one of them"],
      [["www-0x04", "--replace"], "npm run email: --replace and --allow-draft go with --send=listmonk or --send=buttondown"],
    ] as const;
    for (const [args, first] of cases) {
      const result = await email(root, ...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.split("\n")[0]).toBe(first);
    }
    const usage = await email(root, "www-0x04", "--sned=listmonk");
    expect(usage.stderr).toContain("usage: npm run email -- <issue file or name> [flags]\n  --input=<value>");
    expect(await hashTree(join(root, "email"))).toEqual(before);
  });

  it("never overwrites a file it did not make: an email/ folder of someone else's is refused (exit 1)", async () => {
    const other = await scratchProject();
    await mkdir(join(other, "email"));
    await writeFile(join(other, "email/notes.txt"), "mine\n");
    const result = await email(other, "www-0x04");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("email holds files npm run email did not make, and it never overwrites a file it did not make; move them away\n");
    expect(await readFile(join(other, "email/notes.txt"), "utf8")).toBe("mine\n");
    await rm(join(other, "email"), { recursive: true });
    await writeFile(join(other, "email"), "a file\n");
    expect((await email(other, "www-0x04")).stderr).toBe("email is a file, and npm run email writes its emails into a folder of that name; move the file away\n");
  });

  it("shows an image beside the issue as the build publishes it: its largest PNG variant under /img/, no wider than the column", async () => {
    const other = await scratchProject();
    await writeFile(join(other, "content/en/issues/pictures.md"), '---\ntitle: "Pictures"\ndate: 2020-03-01\n---\n\n![A chart](chart.png)\n');
    await mkdir(join(other, "content/en/issues/pictures"));
    await sharp({ create: { width: 1600, height: 800, channels: 3, background: "#36c" } }).png().toFile(join(other, "content/en/issues/pictures/chart.png"));
    expect((await runScript("build", [], other)).code).toBe(0);
    expect((await email(other, "pictures", "--lang=en")).code).toBe(0);
    const html = await readFile(join(other, "email/en/pictures.html"), "utf8");
    const img = /<img src="https:\/\/weekly\.example\.org(\/img\/[^"]+\.png)" width="(\d+)"[^>]*alt="A chart"/.exec(html);
    expect(img, html).not.toBeNull();
    expect(Number(img![2])).toBe(552);
    // The very file the build published, so the mail's image loads once the site is deployed.
    expect((await stat(join(other, "_site", img![1]!))).size).toBeGreaterThan(0);
  });

  it("refuses an issue with an image mail clients do not show, naming the file and the fix (exit 1)", async () => {
    const other = await scratchProject();
    await writeFile(join(other, "content/en/issues/pictures.md"), '---\ntitle: "Pictures"\ndate: 2020-03-01\n---\n\n![A chart](https://images.example.net/chart.avif)\n');
    const result = await runScript("email", ["pictures", "--lang=en"], other, { env: { WEEKLY_OFFLINE: "1" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('content/en/issues/pictures.md: image "https://images.example.net/chart.avif" is AVIF, which Outlook and some Gmail apps do not show; give a JPEG, PNG or GIF version of it\n');
  });
});
