// Eleventy 3 ships JSDoc types that tsc cannot follow from TypeScript; this is the part we use.
declare module "@11ty/eleventy" {
  export interface EleventyEventArgs {
    runMode: "build" | "serve" | "watch";
    outputMode: string;
    /** The folders of this build; `output` is where it writes. */
    directories: { output: string };
  }
  export interface UserConfig {
    pathPrefix: string;
    directories: { input: string; output: string; includes: string };
    addPlugin<T>(plugin: (config: UserConfig, options: T) => void | Promise<void>, options?: T): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    addCollection(name: string, fn: (collections: { getAll(): { inputPath: string; data: unknown }[] }) => unknown[]): void;
    addPreprocessor(
      name: string,
      extensions: string,
      fn: (data: { page: { inputPath: string } }, content: string) => unknown,
    ): void;
    /** Runs on each page's final content as the page is written; `this.page` is the page. */
    addTransform(name: string, fn: (this: { page: { inputPath: string } }, content: string) => string | Promise<string>): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    /** `content` is a render function for a `.11ty.js` path; a Buffer it returns (or resolves to) is written as it is. */
    addTemplate(virtualPath: string, content: string | ((data: never) => string | Buffer | Promise<string | Buffer>), data?: Record<string, unknown>): void;
    setFrontMatterParsingOptions(options: object): void;
    setNunjucksEnvironmentOptions(options: object): void;
    setIncludesDirectory(dir: string): void;
    setUseGitIgnore(use: boolean): void;
    setUseTemplateCache(use: boolean): void;
    on(event: "eleventy.before" | "eleventy.after", fn: (args: EleventyEventArgs) => unknown): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    /** Runs before the config file. */
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }
  /** One template output, as `write()` and `toJSON()` report it. */
  export interface WrittenPage {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
    content?: string;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Passthrough copies, then the templates written. */
    write(): Promise<[unknown[], WrittenPage[]]>;
    /** Renders every page without writing it. */
    toJSON(): Promise<WrittenPage[]>;
    /** Silences Eleventy's console output, its "Wrote N files" line included. */
    disableLogger(): void;
  }
}
