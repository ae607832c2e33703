import juice from "juice";
import type { Issue } from "../../content/issue.ts";
import type { SiteAddress } from "../../content/feedBodies.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import { htmlLang } from "../../core/locales.ts";
import { homePath } from "../../core/paths.ts";
import { site } from "../../core/site.ts";
import { translate } from "../../core/translate.ts";
import { absoluteIn } from "../../model/buildModel.ts";
import { emailDocument } from "./document.ts";
import { createEmailRenderer } from "./emailMarkdown.ts";
import type { EmailImages } from "./images.ts";
import { EMAIL_CSS } from "./styles.ts";
import { emailText } from "./text.ts";

/** The mailers an email is prepared for; each fills in its own unsubscribe address. */
export const mailServices = ["listmonk", "buttondown"] as const;
export type MailService = (typeof mailServices)[number];

// listmonk: https://listmonk.app/docs/templating/ ; Buttondown: https://docs.buttondown.com/template-variables
const UNSUBSCRIBE_URL: Record<MailService, string> = {
  listmonk: "{{ UnsubscribeURL }}",
  buttondown: "{{ unsubscribe_url }}",
};

export interface EmailEdition {
  subject: string;
  html: string;
  text: string;
}

/**
 * One issue as an email: the HTML part with its stylesheet inlined (juice keeps only `@media`
 * rules in a `<style>`) and the text part, both for `service`'s unsubscribe placeholder.
 */
export function emailEdition(issue: Issue, address: SiteAddress, service: MailService, images: EmailImages): EmailEdition {
  const { lang } = issue;
  const issueUrl = absoluteIn(address, issue.path);
  const render = createEmailRenderer(images);
  const body = render(issue.body, { lang, target: "feed", pathPrefix: address.pathPrefix, pageUrl: issueUrl });
  const html = emailDocument(
    {
      htmlLang: htmlLang[lang],
      siteTitle: site.title[lang],
      homeUrl: absoluteIn(address, homePath(lang)),
      title: issue.title,
      date: formatDate(issue.date, lang),
      machineDate: machineDate(issue.date),
      preheader: issue.excerpt,
      issueUrl,
      readOnWeb: translate(lang, "email.readOnWeb"),
      body,
      reason: translate(lang, "email.reason", { site: site.title[lang] }),
      unsubscribe: translate(lang, "email.unsubscribe"),
      unsubscribeUrl: UNSUBSCRIBE_URL[service],
    },
    EMAIL_CSS,
  );
  const inlined = juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: false, applyHeightAttributes: false });
  return { subject: issue.title, html: inlined, text: emailText(html) };
}
