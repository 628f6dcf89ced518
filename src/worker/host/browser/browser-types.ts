// The shapes of the browser pane's calls: a page asked for from the workstation, its answer or why
// none came, and the ports kubectl port-forward listens on.

export interface BrowseRequest {
  /** `http://192.168.56.12:31008/`, `https://www.k8s-lab.com/frontend`, `localhost:8080`. */
  readonly url: string;
  /** Extra headers (a `Host` header to reach an Ingress rule by IP). */
  readonly headers?: Readonly<Record<string, string>>;
}

export type BrowseProblem = 'badUrl' | 'unresolved' | 'timeout' | 'refused' | 'unreachable';

export type BrowseResult =
  | {
    readonly ok: true;
    /** The URL as asked, normalised (`http://localhost:8080/`). */
    readonly url: string;
    readonly status: number;
    readonly headers: ReadonlyArray<readonly [string, string]>;
    readonly body: string;
  }
  | { readonly ok: false; readonly url: string; readonly problem: BrowseProblem; readonly host: string };

/** One `kubectl port-forward` listener on the workstation. */
export interface ForwardInfo {
  readonly address: string;
  readonly port: number;
  readonly namespace: string;
  readonly pod: string;
  readonly podPort: number;
}
