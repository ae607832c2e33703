/**
 * The email's stylesheet. juice inlines every rule into `style` attributes (Gmail drops most of a
 * `<style>`); only the `@media` rules stay in the head, for clients that read them. Code colours
 * match assets/site.css's light theme (`.hl-*`, src/content/markdown/tokenHtml.ts).
 */
export const EMAIL_CSS = `
body { margin: 0; padding: 0; background: #f3f4f6; color: #1f2328; font-family: -apple-system, "Segoe UI", Helvetica, Arial, "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif; font-size: 16px; line-height: 1.6; }
.preheader { display: none; max-height: 0; overflow: hidden; mso-hide: all; font-size: 1px; line-height: 1px; color: #f3f4f6; opacity: 0; }
.outer { width: 100%; background: #f3f4f6; }
/* fixed: a long word or code line then wraps inside the column instead of widening the table. */
.frame { width: 100%; max-width: 600px; background: #ffffff; table-layout: fixed; }
.header { padding: 24px 24px 8px 24px; border-bottom: 1px solid #e5e7eb; }
.site { margin: 0 0 8px 0; font-size: 14px; color: #57606a; }
.site a { color: #57606a; text-decoration: none; }
.title { margin: 0 0 8px 0; font-size: 24px; line-height: 1.3; color: #1f2328; }
.meta { margin: 0 0 16px 0; font-size: 14px; color: #57606a; }
.meta a { color: #0b5cad; }
.content { padding: 8px 24px 16px 24px; word-wrap: break-word; overflow-wrap: anywhere; word-break: break-word; }
h2 { font-size: 20px; line-height: 1.35; margin: 28px 0 8px 0; }
h3, h4, h5, h6 { font-size: 17px; line-height: 1.4; margin: 24px 0 8px 0; }
p, ul, ol { margin: 0 0 16px 0; }
li { margin: 0 0 4px 0; }
a { color: #0b5cad; }
h2 a, h3 a { color: #1f2328; }
img { max-width: 100%; height: auto; border: 0; }
blockquote { margin: 0 0 16px 0; padding: 0 0 0 12px; border-left: 4px solid #d0d7de; color: #57606a; }
code { font-family: Menlo, Consolas, "Courier New", monospace; font-size: 14px; background: #f3f4f6; padding: 1px 4px; word-break: break-all; }
.content table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 16px 0; font-size: 14px; }
.content th, .content td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
pre { margin: 0 0 16px 0; padding: 12px; background: #f6f8fa; border: 1px solid #e5e7eb; font-family: Menlo, Consolas, "Courier New", monospace; font-size: 13px; line-height: 1.5; color: #1f2328; white-space: pre-wrap; word-wrap: break-word; overflow-wrap: anywhere; }
pre code { background: #f6f8fa; padding: 0; font-size: 13px; white-space: pre-wrap; word-break: normal; }
.hl-c { color: #57606a; font-style: italic; }
.hl-k { color: #a0111f; }
.hl-s { color: #0a5c2a; }
.hl-n { color: #0550ae; }
.hl-f { color: #6639ba; }
.hl-p { color: #1f2328; }
.video { margin: 0 0 16px 0; }
.video-still img { display: block; width: 100%; max-width: 552px; height: auto; border: 0; }
.video-caption { margin: 8px 0 0 0; font-size: 15px; }
.play { color: #cc0000; font-size: 18px; text-decoration: none; }
.qa { margin: 0 0 16px 0; }
.qa-item { margin: 0 0 16px 0; padding: 8px 0 0 12px; border-left: 4px solid #0b5cad; }
.qa-q { margin: 0 0 8px 0; font-weight: bold; }
.qa-label { margin: 0 0 4px 0; }
.qa-mark { color: #0b5cad; }
.qa-a { margin: 0; }
.footer { padding: 16px 24px 24px 24px; border-top: 1px solid #e5e7eb; font-size: 13px; line-height: 1.5; color: #57606a; }
.footer p { margin: 0 0 8px 0; }
.footer a { color: #57606a; }
@media only screen and (max-width: 480px) {
  .header, .content, .footer { padding-left: 16px !important; padding-right: 16px !important; }
  .title { font-size: 21px !important; }
}
`;
