// `base64`: encodes stdin or a file as base64 over its UTF-8 bytes, wrapped at 76 columns (`-w N`,
// `-w0` for none); `-d` decodes leniently, as GNU coreutils does.

import { encodeBase64, utf8Decode, utf8Encode } from '../../../engine/index.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { parseOrFail, usageError } from './args.ts';
import { eachInput } from './files.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DEFAULT_WRAP = 76;

/** Decodes base64, ignoring newlines; stops at the first invalid character (`valid: false`). */
export function decodeBase64(text: string): { bytes: number[]; valid: boolean } {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  const clean = text.replace(/\n/g, '');
  const body = clean.replace(/=+$/, '');
  for (const char of body) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) return { bytes, valid: false };
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  const padding = clean.length - body.length;
  return { bytes, valid: padding <= 2 && (clean.length % 4 === 0 || padding === 0) && bits < 6 };
}

function wrap(text: string, width: number): string {
  if (text === '') return '';
  if (width === 0) return text;
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return `${lines.join('\n')}\n`;
}

function base64(ctx: CommandContext): number {
  const args = parseOrFail(ctx, { flags: 'di', valued: 'w', long: { decode: 'd', 'ignore-garbage': 'i', wrap: 'w' } });
  if (typeof args === 'number') return args;
  if (args.operands.length > 1) return usageError(ctx, `extra operand '${args.operands[1] ?? ''}'`);
  const wrapText = args.values.get('w') ?? String(DEFAULT_WRAP);
  if (!/^[0-9]+$/.test(wrapText)) {
    ctx.io.stderr.write(`base64: invalid wrap size: '${wrapText}'\n`);
    return 1;
  }
  let status = 0;
  const failed = eachInput(ctx, args.operands, ({ content }) => {
    if (!args.flags.has('d')) {
      ctx.io.stdout.write(wrap(encodeBase64(utf8Encode(content)), Number(wrapText)));
      return;
    }
    const input = args.flags.has('i') ? content.replace(/[^A-Za-z0-9+/=]/g, '') : content;
    const { bytes, valid } = decodeBase64(input);
    ctx.io.stdout.write(utf8Decode(bytes));
    if (!valid) {
      ctx.io.stderr.write('base64: invalid input\n');
      status = 1;
    }
  });
  return failed ? 1 : status;
}

export const BASE64: CommandSpec = { name: 'base64', path: '/usr/bin/base64', run: base64 };
