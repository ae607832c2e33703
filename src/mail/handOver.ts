import type { EmailEdition } from "../views/email/edition.ts";

/** What a mailer is handed: the email, and the name that finds its draft again. */
export interface Draft {
  edition: EmailEdition;
  /** Stable across runs and title edits: `zh-tw/www-0x04`. */
  key: string;
}

/** What the command prints after a hand-over. */
export interface HandOverResult {
  /** `created`, `replaced`, or `kept` when a draft was there and `--replace` was not given. */
  outcome: "created" | "replaced" | "kept";
  id: string;
  /** Where the author reviews it, when the service has a page for it. */
  url?: string;
}

export type HandOver = (draft: Draft, replace: boolean, env: NodeJS.ProcessEnv) => Promise<HandOverResult>;
