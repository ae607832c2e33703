// The part of @11ty/eleventy-fetch 5 this project calls (the package ships no types).
declare module "@11ty/eleventy-fetch" {
  interface FetchOptions {
    duration?: string;
    type?: "buffer";
    directory?: string;
    returnType?: "response";
    fetchOptions?: RequestInit;
  }
  interface FetchedResponse {
    status: number;
    headers: Record<string, string>;
    body: Buffer;
  }
  /** A cache hit returns the body alone, a download the response with `returnType: "response"`. */
  function EleventyFetch(url: string, options?: FetchOptions): Promise<Buffer | FetchedResponse>;
  export default EleventyFetch;
}
