// The shapes of an HTTP exchange with a container's server: the request a probe, a Service or a
// port-forward makes, what the server knows of its container, and the answer with its log line.

import type { MainProgram } from './argv.ts';
import type { CatalogueImage, FileReader } from './types.ts';

/** The simulated server PID 1 runs: its program, arguments and image. */
export interface Server extends MainProgram {
  readonly image: CatalogueImage;
}

export interface HttpRequest {
  readonly method: string;
  /** The request target: path and query (`/healthz`, `/echo?msg=hi`). */
  readonly path: string;
  /** Header names as sent (`Host`, `User-Agent`…); lookups try the canonical and lower-case forms. */
  readonly headers: Readonly<Record<string, string>>;
  /** The client's `ip:port`. */
  readonly remoteAddr?: string;
  readonly body?: string;
}

export interface HttpContext {
  readonly fs: FileReader;
  readonly nowMs: number;
  /** When the container started (liveness servers count from it; mounted files date from it). */
  readonly startedMs: number;
  readonly hostname: string;
  readonly podIp: string;
  /** The port the request arrived on. */
  readonly port: number;
  /** The container's environment (`NAME=value`), for servers that show it. */
  readonly env?: readonly string[];
}

export interface HttpResponse {
  readonly status: number;
  /** In the order the server sends them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The line the server logs for this request, on the container's stdout (1) or stderr (2). */
  readonly log?: { readonly fd: 1 | 2; readonly text: string };
}
