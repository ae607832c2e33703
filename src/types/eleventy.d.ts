// Eleventy 3 ships JSDoc types that tsc cannot follow from TypeScript; this is the part we use.
declare module "@11ty/eleventy" {
  export interface EleventyEventArgs {
    runMode: "build" | "serve" | "watch";
    outputMode: string;
  }
  export interface UserConfig {
    pathPrefix: string;
    directories: { input: string; output: string; includes: string };
    ignores: Set<string>;
    addPlugin<T>(plugin: (config: UserConfig, options: T) => void | Promise<void>, options?: T): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    addPreprocessor(
      name: string,
      extensions: string,
      fn: (data: { page: { inputPath: string } }, content: string) => unknown,
    ): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    addWatchTarget(path: string): void;
    setLibrary(name: "md", library: { render(source: string, data: Record<string, unknown>): string }): void;
    setFrontMatterParsingOptions(options: object): void;
    addDateParsing(fn: (this: { page?: { inputPath?: string } }, value: unknown) => Date | undefined): void;
    setNunjucksEnvironmentOptions(options: object): void;
    setIncludesDirectory(dir: string): void;
    setInputDirectory(dir: string): void;
    setOutputDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    setUseGitIgnore(use: boolean): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: object): void;
    setWatchThrottleWaitTime(ms: number): void;
    on(event: "eleventy.before" | "eleventy.after", fn: (args: EleventyEventArgs) => unknown): void;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; pathPrefix?: string; quietMode?: boolean; runMode?: string });
    write(): Promise<unknown>;
  }
}
