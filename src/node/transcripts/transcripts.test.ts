// Runs every golden transcript in transcripts/ and compares byte for byte.
// UPDATE_TRANSCRIPTS=1 rewrites the files with what kubelab prints now.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../cli.ts';
import { parseTranscript } from './transcript.ts';

const DIR = join(import.meta.dirname, '../../../transcripts');
const UPDATE = process.env.UPDATE_TRANSCRIPTS === '1';

function replay(file: string): { expected: string; actual: string; header: string } {
  const t = parseTranscript(readFileSync(file, 'utf8'));
  let actual = '';
  runScript(`${t.commands.join('\n')}\n`, { seed: t.seed, profile: t.profile, echo: true, help: false }, (s) => { actual += s; });
  return { expected: t.expected, actual, header: t.header };
}

describe('golden transcripts', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  it('has transcripts', () => expect(files.length).toBeGreaterThan(0));
  for (const name of files) {
    it(name, () => {
      const file = join(DIR, name);
      const { expected, actual, header } = replay(file);
      if (UPDATE && actual !== expected) writeFileSync(file, header + actual);
      else expect(actual).toBe(expected);
    });
  }
});
