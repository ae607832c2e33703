declare module "markdown-it-cjk-breaks" {
  import type MarkdownIt from "markdown-it";
  const cjkBreaks: PluginSimple;
  export default cjkBreaks;
}
