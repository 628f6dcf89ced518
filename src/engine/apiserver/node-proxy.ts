// How the API server reaches a node's kubelet for the streaming pod subresources (pods/log,
// pods/exec): the kubelet registers one proxy per node; the API server validates the request
// against the pod first, as the real one does, then forwards it.

export interface LogLine {
  readonly timeMs: number;
  readonly stream: 'stdout' | 'stderr';
  /** One line without its newline (a final unterminated fragment is a line too). */
  readonly text: string;
}

export interface LogRequest {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  /** The previous (terminated) instance of the container. */
  readonly previous: boolean;
}

export interface ExecRequest extends Omit<LogRequest, 'previous'> {
  readonly command: readonly string[];
  readonly stdin: boolean;
  readonly tty: boolean;
}

/** A running `exec`: output arrives through the callbacks; input goes in line by line (tty) or at once. */
export interface ExecSession {
  /** Sends input: with a tty, one line at a time as typed (without its newline). */
  input(line: string): void;
  /** Closes stdin (Ctrl-D). */
  closeInput(): void;
  /** Ctrl-C at the terminal. */
  interrupt(): void;
  /** The prompt an interactive shell shows now ('' when not interactive or not waiting for input). */
  prompt(): string;
  /** Stops listening (the client went away); the process is left to finish on its own. */
  detach(): void;
}

export interface ExecCallbacks {
  output(fd: 1 | 2, text: string): void;
  exit(code: number): void;
}

/** The kubelet side. Each method throws a StatusError with the runtime's message on failure. */
export interface NodeProxy {
  /** The container's log so far (the kubelet keeps a bounded tail). */
  logs(req: LogRequest): readonly LogLine[];
  /** New log lines as they are written; `end` fires when the container stops. Returns an unsubscribe. */
  follow(req: LogRequest, line: (l: LogLine) => void, end: () => void): () => void;
  exec(req: ExecRequest, cb: ExecCallbacks): ExecSession;
}
