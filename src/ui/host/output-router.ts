// Routes each session's output to the terminal showing it. Output for a session with no terminal
// attached (before the view mounts, between remounts) waits, bounded, and is replayed on attach.

import type { SessionId } from '../../worker/host/api.ts';
import { appendBounded } from './bounded-text.ts';

export type OutputWriter = (data: string) => void;

export interface OutputRouter {
  write(sessionId: SessionId, data: string): void;
  /** Shows the session's output in `writer`, starting with what waited; returns detach. */
  attach(sessionId: SessionId, writer: OutputWriter): () => void;
}

export function createOutputRouter(): OutputRouter {
  const writers = new Map<SessionId, OutputWriter>();
  const waiting = new Map<SessionId, string>();

  return {
    write(sessionId, data) {
      const writer = writers.get(sessionId);
      if (writer) writer(data);
      else waiting.set(sessionId, appendBounded(waiting.get(sessionId) ?? '', data));
    },
    attach(sessionId, writer) {
      writers.set(sessionId, writer);
      const backlog = waiting.get(sessionId);
      waiting.delete(sessionId);
      if (backlog) writer(backlog);
      return () => {
        if (writers.get(sessionId) === writer) writers.delete(sessionId);
      };
    },
  };
}
