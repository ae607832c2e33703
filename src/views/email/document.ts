import { escapeText } from "../../core/escape.ts";

/** Everything the email's frame prints around the issue's body, already in the reader's language. */
export interface EmailFrame {
  /** The `lang` attribute: zh-Hant-TW or en. */
  htmlLang: string;
  siteTitle: string;
  homeUrl: string;
  title: string;
  date: string;
  /** `<time datetime>`: the instant with the site's offset. */
  machineDate: string;
  /** The line inboxes show after the subject, hidden in the message itself. */
  preheader: string;
  issueUrl: string;
  readOnWeb: string;
  /** The issue's body, rendered for email (emailMarkdown.ts). */
  body: string;
  reason: string;
  unsubscribe: string;
  /** The mailer's placeholder for the subscriber's own unsubscribe address, kept as it is. */
  unsubscribeUrl: string;
}

const attr = (text: string) => escapeText(text).replace(/"/g, "&quot;");

/**
 * The email as one HTML document before its stylesheet is inlined: one column of at most 600 px.
 * The column is a table because Outlook for Windows (Word's renderer) ignores `max-width` and
 * needs `width="600"`; other clients follow the inlined `width: 100%; max-width: 600px`.
 */
export function emailDocument(frame: EmailFrame, css: string): string {
  return `<!doctype html>
<html lang="${attr(frame.htmlLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeText(frame.title)}</title>
<style>${css}</style>
</head>
<body>
<div class="preheader">${escapeText(frame.preheader)}</div>
<table class="outer" role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table class="frame" role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td>
<div class="header">
<p class="site"><a href="${attr(frame.homeUrl)}">${escapeText(frame.siteTitle)}</a></p>
<h1 class="title">${escapeText(frame.title)}</h1>
<p class="meta"><time datetime="${attr(frame.machineDate)}">${escapeText(frame.date)}</time> · <a href="${attr(frame.issueUrl)}">${escapeText(frame.readOnWeb)}</a></p>
</div>
<div class="content">
${frame.body}</div>
<div class="footer">
<p>${escapeText(frame.reason)}</p>
<p><a href="${attr(frame.unsubscribeUrl)}">${escapeText(frame.unsubscribe)}</a></p>
</div>
</td></tr></table>
</td></tr></table>
</body>
</html>
`;
}
