// The part of @11ty/eleventy-img 6 this project calls (the package ships no types).
declare module "@11ty/eleventy-img" {
  interface ImageVariant {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    filename: string;
    outputPath: string;
  }
  interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    sharpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
  }
  function Image(src: string | Buffer, options?: ImageOptions): Promise<Record<string, ImageVariant[]>>;
  export default Image;
}
