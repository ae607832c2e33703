import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { displayPath } from "../core/paths.ts";
import type { Lang } from "../core/site.ts";

/** The folder every email is written to, beside content/ (git-ignored). */
const EMAIL_FOLDER = "email";

/** Marks email/ as this command's: it replaces only what it made there. */
const MARK = ".npm-run-email";

/** A folder the command will not write into; the exit code is 1 and nothing was written. */
export class OutputRefused extends Error {
  override name = "OutputRefused";
}

function claimFolder(root: string): void {
  const folder = join(root, EMAIL_FOLDER);
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new OutputRefused(`${displayPath(folder)} is a file, and npm run email writes its emails into a folder of that name; move the file away`);
  if (stat && !existsSync(join(folder, MARK)) && readdirSync(folder).length > 0) {
    throw new OutputRefused(`${displayPath(folder)} holds files npm run email did not make, and it never overwrites a file it did not make; move them away`);
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, MARK), "This folder is written by npm run email (docs/email.md); its files are replaced on every run.\n");
}

/** Writes a file whole or not at all: a reader never sees half an email. */
function replace(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const scratch = `${path}.${process.pid}.tmp`;
  writeFileSync(scratch, text);
  renameSync(scratch, path);
}

/** Writes `email/<lang>/<name>.html` and `.txt`, replacing this command's earlier output; returns both paths. */
export function writeEmail(root: string, lang: Lang, name: string, parts: { html: string; text: string }): string[] {
  claimFolder(root);
  const base = join(root, EMAIL_FOLDER, lang, name);
  replace(`${base}.html`, parts.html);
  replace(`${base}.txt`, parts.text);
  return [`${base}.html`, `${base}.txt`];
}
