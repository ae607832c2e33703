import { readFileSync, statSync } from "node:fs";
import { parseFlagsAndOperand, UsageError, type FlagSpec } from "../build/commandLine.ts";
import { checkPathPrefix } from "../build/pathPrefix.ts";
import { createRenderer } from "../content/markdown/createMarkdown.ts";
import { readIssue } from "../content/readIssue.ts";
import { mayHaveImages, NO_IMAGES } from "../content/images/types.ts";
import { imageSettings } from "../content/images/settings.ts";
import { loadImageFinder } from "../content/markdown/lazyRenderer.ts";
import { absoluteIn } from "../model/buildModel.ts";
import type { SiteAddress } from "../content/feedBodies.ts";
import type { Issue } from "../content/issue.ts";
import { displayPath, issuePath } from "../core/paths.ts";
import { formatProblem } from "../core/problems.ts";
import { isLang, languages, site, siteUrl, type Lang } from "../core/site.ts";
import { isPreview } from "../model/publishing.ts";
import { emailEdition, mailServices, type EmailEdition, type MailService } from "../views/email/edition.ts";
import { EmailImageError, siteImages } from "../views/email/images.ts";
import { buttondown } from "./buttondown.ts";
import type { HandOver } from "./handOver.ts";
import { SendError } from "./http.ts";
import { findIssue } from "./issueArgument.ts";
import { listmonk } from "./listmonk.ts";
import { OutputRefused, writeEmail } from "./outputFiles.ts";

const COMMAND = "npm run email";
const SERVICES = mailServices.join("|");
const FLAGS = {
  input: { type: "string", default: "content", meaning: "the folder of issues" },
  lang: { type: "string", default: site.defaultLang, meaning: `the issue's language when given by name (${languages.join(", ")})` },
  service: { type: "string", meaning: `the mailer whose unsubscribe link the email carries (${SERVICES}; default: --send's, else listmonk)` },
  pathprefix: { type: "string", default: "/", meaning: "the path the site is hosted under, as given to npm run build" },
  send: { type: "string", meaning: `hand the email to ${SERVICES} as a draft to review and send there` },
  replace: { type: "boolean", meaning: "with --send: replace the issue's draft already there" },
  "allow-draft": { type: "boolean", meaning: "with --send: hand over an issue that is a draft or dated in the future" },
} satisfies FlagSpec;

const HAND_OVER: Record<MailService, HandOver> = { listmonk, buttondown };

/** A problem the author fixes in the issue, the environment or the service: exit 1. */
class Refused extends Error {}

function service(flag: string, value: string | undefined): MailService | undefined {
  if (value === undefined) return undefined;
  if (!(mailServices as readonly string[]).includes(value)) throw new UsageError(`${COMMAND}: --${flag}=${value} is not a mailer this command knows; write --${flag}=listmonk or --${flag}=buttondown`);
  return value as MailService;
}

/**
 * The issue checked as the build checks it, every problem with its line, and its images as the
 * build publishes them (downloaded and processed into `.cache/` as a build would, or reused from
 * it); the email renders its body afresh.
 */
async function load(file: string, lang: Lang, name: string, input: string, address: SiteAddress): Promise<Issue> {
  const source = { file, lang, name, bytes: readFileSync(file) };
  const env = { lang, target: "page" as const, pathPrefix: address.pathPrefix, pageUrl: absoluteIn(address, issuePath(lang, name)) };
  // sharp and the image pipeline load only for an issue with an image, as in a build.
  const { images, problems } = mayHaveImages(source.bytes)
    ? await (await import("../content/images/issueImages.ts")).imagesOfIssue(source, env, loadImageFinder, { ...imageSettings(input), contentDir: input })
    : { images: NO_IMAGES, problems: [] };
  const result = readIssue(source, (body) => createRenderer()(body, { ...env, images: images.bySource }), images);
  const all = [...(result.problems ?? []), ...problems];
  if (all.length > 0 || !result.issue) throw new Refused(all.map((problem) => formatProblem(problem)).join("\n"));
  return result.issue;
}

/** The site's origin; a bad `SITE_URL` is a mistake in how the command was called, as in the build. */
function origin(): string {
  try {
    return siteUrl();
  } catch (error) {
    throw new UsageError(`${COMMAND}: ${(error as Error).message}`);
  }
}

function prepare(issue: Issue, address: SiteAddress, mailer: MailService): EmailEdition {
  try {
    return emailEdition(issue, address, mailer, siteImages(issue.images, address));
  } catch (error) {
    if (!(error instanceof EmailImageError)) throw error;
    throw new Refused(`${issue.file}: ${error.message}`);
  }
}

interface Command {
  issue: string;
  lang: Lang;
  input: string;
  pathPrefix: string;
  service: MailService;
  send?: MailService;
  replace: boolean;
  allowDraft: boolean;
}

/** The command line, checked before anything is read or written. */
function readCommand(argv: string[]): Command {
  const { values: flags, operand } = parseFlagsAndOperand(COMMAND, FLAGS, argv, "issue file or name");
  const lang = String(flags.lang);
  if (!isLang(lang)) throw new UsageError(`${COMMAND}: --lang=${lang} is not a language of this site; write --lang=${languages.join(" or --lang=")}`);
  const send = service("send", flags.send as string | undefined);
  const chosen = service("service", flags.service as string | undefined);
  if (send && chosen && send !== chosen) throw new UsageError(`${COMMAND}: --service=${chosen} and --send=${send} disagree; the email carries the unsubscribe link of the mailer it is sent to, so give one of them`);
  if (!send && (flags.replace || flags["allow-draft"])) throw new UsageError(`${COMMAND}: --replace and --allow-draft go with --send=listmonk or --send=buttondown`);
  const input = String(flags.input);
  if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${COMMAND}: --input=${input} is not a folder; give the folder of issues, such as --input=content`);
  const pathPrefix = checkPathPrefix(flags.pathprefix as string | undefined);
  return { issue: operand, lang, input, pathPrefix, service: send ?? chosen ?? "listmonk", send, replace: Boolean(flags.replace), allowDraft: Boolean(flags["allow-draft"]) };
}

async function handOver(send: MailService, edition: EmailEdition, issue: Issue, replace: boolean): Promise<string> {
  const result = await HAND_OVER[send]({ edition, key: `${issue.lang}/${issue.name}` }, replace, process.env);
  const where = result.url ? `: ${result.url}` : "";
  const said = {
    created: `draft ${result.id} created${where}; review it there and send it from there`,
    replaced: `draft ${result.id} replaced${where}; review it there and send it from there`,
    kept: `draft ${result.id} is already there${where}; nothing changed (give --replace to replace it)`,
  };
  return `${send}: ${said[result.outcome]}`;
}

/**
 * `npm run email -- <issue file or name> [--lang=en] [--service=listmonk|buttondown]`: the issue
 * as an email, written to `email/<lang>/<name>.html` and `.txt`. With `--send=listmonk` or
 * `--send=buttondown` it is handed to that mailer as a draft, never sent (docs/email.md).
 * Exit 1 on a problem with the issue, the environment or the mailer; 2 on a mistaken command.
 */
async function main(): Promise<number> {
  try {
    const command = readCommand(process.argv.slice(2));
    const listed = findIssue(COMMAND, command.input, command.issue, command.lang);
    const address = { origin: origin(), pathPrefix: command.pathPrefix };
    const issue = await load(listed.file, listed.lang, listed.name, command.input, address);
    if (command.send && isPreview(issue, new Date()) && !command.allowDraft) {
      const why = issue.draft ? "is a draft (draft: true)" : "is dated in the future";
      throw new Refused(`${listed.file}: ${why}, and readers would get an issue the site does not show yet; publish it first, or give --allow-draft to hand it over anyway`);
    }
    const edition = prepare(issue, address, command.service);
    for (const path of writeEmail(".", issue.lang, issue.name, edition)) console.log(displayPath(path));
    if (command.send) console.log(await handOver(command.send, edition, issue, command.replace));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof Refused || error instanceof SendError || error instanceof OutputRefused) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
