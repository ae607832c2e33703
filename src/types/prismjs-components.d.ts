declare module "prismjs/components/index.js" {
  function loadLanguages(languages?: string | string[]): void;
  export default loadLanguages;
}
