// base64 [-d] [FILE]: encodes (76-column lines) or decodes its input, as far as it is valid base64
// (then `base64: invalid input`, status 1). Mirrors busybox base64.

import { decodeBase64, encodeBase64 } from '../../../base/base64.ts';
import { utf8Decode, utf8Encode } from '../../../base/utf8.ts';
import { readAll } from './input.ts';
import { exit, type Applet } from './types.ts';

/** Decodes up to the first character outside the alphabet (an unpadded tail too); `valid` is false when any is left over. */
function decodeLeniently(text: string): { bytes: number[]; valid: boolean } {
  const body = /^[A-Za-z0-9+/]*/.exec(text)![0];
  const rest = text.slice(body.length);
  const usable = body.length % 4 === 1 ? body.slice(0, -1) : body;
  const bytes = decodeBase64(usable.padEnd(Math.ceil(usable.length / 4) * 4, '='));
  return { bytes, valid: /^={0,2}$/.test(rest) && text.length % 4 === 0 && usable === body };
}

export const base64: Applet = (ctx, memo) => {
  const decode = ctx.argv.includes('-d');
  const input = readAll(ctx, ctx.argv.slice(1).filter((a) => !a.startsWith('-')), memo);
  if ('t' in input) return input;
  if (decode) {
    const { bytes, valid } = decodeLeniently(input.text.replace(/\s+/g, ''));
    ctx.out(utf8Decode(bytes));
    if (valid) return exit(input.status);
    ctx.err('base64: invalid input\n');
    return exit(1);
  }
  const encoded = encodeBase64(utf8Encode(input.text));
  ctx.out(encoded === '' ? '' : `${encoded.match(/.{1,76}/g)!.join('\n')}\n`);
  return exit(input.status);
};
