/** Text for the content of an HTML or XML element: `&`, `<` and `>` escaped, quotes kept. */
export const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
