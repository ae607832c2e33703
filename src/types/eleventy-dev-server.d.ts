// The part of Eleventy's dev server (a dependency of Eleventy, untyped) that src/dev/ uses.
declare module "@11ty/eleventy-dev-server" {
  interface Logger {
    info(line: string): void;
    log(line: string): void;
    error(line: string): void;
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options: { domDiff?: boolean; logger?: Logger }): EleventyDevServer;
    serve(port: number): void;
    /** Tells open pages to reload (only stylesheets when every file is CSS). */
    reload(event: { files: string[] }): void;
    close(): Promise<void>;
  }
}
