// Golden transcripts: a file is exactly what `kubelab --echo` prints for its commands, so the
// commands are read back from it (`$ ` starts one, `> ` lines continue it while it is incomplete).
// Leading `## key: value` lines are options (seed, profile) and are not part of the output.

import { isComplete } from '../../cli/shell/parse/complete.ts';
import { DEFAULT_SEED } from '../args.ts';

export interface Transcript {
  readonly header: string;
  readonly seed: number;
  readonly profile: string;
  readonly commands: readonly string[];
  readonly expected: string;
}

export function parseTranscript(text: string): Transcript {
  const lines = text.split('\n');
  let i = 0;
  const options: Record<string, string> = {};
  for (; i < lines.length && lines[i]!.startsWith('##'); i++) {
    const m = /^##\s*([\w-]+):\s*(.*)$/.exec(lines[i]!);
    if (m) options[m[1]!] = m[2]!.trim();
  }
  const header = lines.slice(0, i).map((l) => `${l}\n`).join('');
  const body = lines.slice(i).join('\n');
  return {
    header,
    seed: options.seed !== undefined ? Number(options.seed) : DEFAULT_SEED,
    profile: options.profile ?? 'course',
    commands: extractCommands(lines.slice(i)),
    expected: body,
  };
}

function extractCommands(lines: readonly string[]): string[] {
  const commands: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('$ ')) continue;
    const parts = [line.slice(2)];
    while (!isComplete(parts.join('\n')) && i + 1 < lines.length && lines[i + 1]!.startsWith('> ')) {
      parts.push(lines[++i]!.slice(2));
    }
    commands.push(parts.join('\n'));
  }
  return commands;
}
