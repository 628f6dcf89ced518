// base64 [-d] [FILE]: encodes (76-column lines) or decodes its input. Mirrors busybox base64.

import { decodeBase64, encodeBase64 } from '../../../base/base64.ts';
import { utf8Decode, utf8Encode } from '../../../base/utf8.ts';
import { readAll } from './input.ts';
import { exit, type Applet } from './types.ts';

export const base64: Applet = (ctx, memo) => {
  const decode = ctx.argv.includes('-d');
  const input = readAll(ctx, ctx.argv.slice(1).filter((a) => !a.startsWith('-')), memo);
  if ('t' in input) return input;
  if (decode) {
    ctx.out(utf8Decode(decodeBase64(input.text.replace(/\s+/g, ''))));
    return exit(input.status);
  }
  const encoded = encodeBase64(utf8Encode(input.text));
  ctx.out(encoded === '' ? '' : `${encoded.match(/.{1,76}/g)!.join('\n')}\n`);
  return exit(input.status);
};
