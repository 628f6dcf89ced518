// What a network client (wget, curl, nslookup, nc, ping, ip, dig) is given and what it returns: a
// pure run from its arguments and machine to a timed list of output events and an exit code, so the
// same core serves a container's applet (which sleeps until each event) and the workstation's shell.

import type { NetSys } from '../net.ts';

export interface ClientEnv {
  readonly net: NetSys;
  /** A file's text, undefined when it cannot be read (/etc/hosts, /etc/resolv.conf, `-d @file`). */
  readText(path: string): string | undefined;
  /** Writes a file (`-O file`, `-o file`); returns the errno text when it cannot (`No such file or directory`). */
  writeText(path: string, content: string, opts?: { readonly exclusive?: boolean }): string | undefined;
  readonly nowMs: number;
  readonly hostname: string;
  /** Standard error is a terminal (`kubectl exec -it`, the workstation): progress meters redraw in place. */
  readonly tty: boolean;
  /** The C library's resolver timeouts (musl on Alpine, glibc elsewhere). */
  readonly libc: 'musl' | 'glibc';
}

export interface ClientEvent {
  /** Virtual milliseconds after the start. */
  readonly afterMs: number;
  readonly fd: 1 | 2;
  readonly text: string;
}

export interface ClientRun {
  readonly events: readonly ClientEvent[];
  readonly code: number;
  /** When the program exits, in virtual milliseconds after the start. */
  readonly exitAfterMs: number;
  /**
   * Set when the program has not ended (ping without -c): at `exitAfterMs` run it again with this
   * plain-JSON state for what comes next.
   */
  readonly resume?: unknown;
}

export type Client = (argv: readonly string[], env: ClientEnv, resume?: unknown) => ClientRun;

/** Collects a run's output as it happens on the virtual timeline. */
export class RunLog {
  private readonly events: ClientEvent[] = [];
  /** The current time, in ms after the start. */
  atMs = 0;

  wait(ms: number): this {
    this.atMs += ms;
    return this;
  }

  out(text: string): this {
    return this.write(1, text);
  }

  err(text: string): this {
    return this.write(2, text);
  }

  write(fd: 1 | 2, text: string): this {
    if (text !== '') this.events.push({ afterMs: this.atMs, fd, text });
    return this;
  }

  exit(code: number): ClientRun {
    return { events: this.events, code, exitAfterMs: this.atMs };
  }
}

/** How long Linux retries an unanswered SYN before connect() fails (tcp_syn_retries = 6). */
export const SYN_TIMEOUT_MS = 127_000;

export const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
