// yes [STRING]: prints STRING (y) forever; a reader that stops reading ends it (SIGPIPE).

import type { Applet } from './types.ts';

const CHUNK_LINES = 64;

export const yes: Applet = (ctx) => {
  const line = `${ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y'}\n`;
  ctx.out(line.repeat(CHUNK_LINES));
  return { t: 'sleep', untilMs: ctx.nowMs, memo: 1 };
};
