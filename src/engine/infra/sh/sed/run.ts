// Runs a parsed sed script over its input as GNU sed's execute.c does: one cycle per line with the
// pattern and hold spaces, auto-print unless -n, appended text after the cycle, ranges tracked per
// command, and a last line without its newline written back without one.

import type { Address, SedCommand, Substitution } from './script.ts';

export interface SedOptions {
  /** -n: print only what the script prints. */
  readonly quiet: boolean;
}

export interface SedResult {
  readonly output: string;
  /** The code of `q N`/`Q N`, else 0. */
  readonly exitCode: number;
}

type Flow = 'next' | 'end' | 'restart' | 'quit';

class Execution {
  private readonly lines: string[];
  private readonly missingNewline: boolean;
  private index = 0;
  private lineNo = 0;
  private pattern = '';
  private hold = '';
  private out = '';
  private appended = '';
  private exitCode = 0;
  private autoprintOnQuit = true;
  private readonly ranges = new Map<SedCommand, boolean>();

  constructor(input: string, private readonly quiet: boolean) {
    this.missingNewline = input !== '' && !input.endsWith('\n');
    this.lines = input === '' ? [] : (this.missingNewline ? input : input.slice(0, -1)).split('\n');
  }

  private isLast(): boolean {
    return this.index >= this.lines.length;
  }

  private readLine(): boolean {
    if (this.isLast()) return false;
    this.pattern = this.lines[this.index++]!;
    this.lineNo++;
    return true;
  }

  private write(text: string): void {
    this.out += this.isLast() && this.missingNewline ? text : `${text}\n`;
  }

  private endCycleOutput(print: boolean): void {
    if (print && !this.quiet) this.write(this.pattern);
    this.out += this.appended;
    this.appended = '';
  }

  private matchesOne(address: Address): boolean {
    if (address.t === 'line') return this.lineNo === address.n;
    if (address.t === 'last') return this.isLast();
    address.re.lastIndex = 0;
    return address.re.test(this.pattern);
  }

  private selects(cmd: SedCommand): boolean {
    const hit = (): boolean => {
      if (cmd.a1 === undefined) return true;
      if (cmd.a2 === undefined) return this.matchesOne(cmd.a1);
      if (this.ranges.get(cmd) === true) {
        const a2 = cmd.a2;
        const ends = a2.t === 'line' ? this.lineNo >= a2.n : this.matchesOne(a2);
        if (ends) this.ranges.set(cmd, false);
        return a2.t === 'line' && this.lineNo > a2.n ? false : true;
      }
      if (!this.matchesOne(cmd.a1)) return false;
      const single = cmd.a2.t === 'line' && cmd.a2.n <= this.lineNo;
      this.ranges.set(cmd, !single);
      return true;
    };
    return hit() !== cmd.negate;
  }

  private substitute(s: Substitution): boolean {
    let count = 0;
    let last = 0;
    let result = '';
    let replaced = false;
    s.re.lastIndex = 0;
    for (let m = s.re.exec(this.pattern); m !== null; m = s.re.exec(this.pattern)) {
      count++;
      if (count >= s.nth) {
        result += this.pattern.slice(last, m.index) + expandReplacement(s.replacement, m);
        last = m.index + m[0].length;
        replaced = true;
        if (!s.global) break;
      }
      if (m[0] === '') s.re.lastIndex++;
      if (s.re.lastIndex > this.pattern.length) break;
    }
    if (!replaced) return false;
    this.pattern = result + this.pattern.slice(last);
    return true;
  }

  private run(commands: readonly SedCommand[]): Flow {
    for (const cmd of commands) {
      if (!this.selects(cmd)) continue;
      const flow = this.one(cmd);
      if (flow !== 'next') return flow;
    }
    return 'next';
  }

  private one(cmd: SedCommand): Flow {
    switch (cmd.name) {
      case '{': return this.run(cmd.block ?? []);
      case 's':
        if (this.substitute(cmd.s!) && cmd.s!.print) this.write(this.pattern);
        return 'next';
      case 'y': {
        const [from, to] = cmd.y!;
        const src = [...from];
        const dst = [...to];
        this.pattern = [...this.pattern].map((c) => (src.includes(c) ? dst[src.indexOf(c)]! : c)).join('');
        return 'next';
      }
      case 'd': return 'end';
      case 'D': {
        const nl = this.pattern.indexOf('\n');
        if (nl < 0) return 'end';
        this.pattern = this.pattern.slice(nl + 1);
        return 'restart';
      }
      case 'p': this.write(this.pattern); return 'next';
      case 'P': this.write(this.pattern.split('\n')[0]!); return 'next';
      case '=': this.out += `${this.lineNo}\n`; return 'next';
      case 'a': this.appended += `${cmd.text}\n`; return 'next';
      case 'i': this.out += `${cmd.text}\n`; return 'next';
      case 'c':
        if (cmd.a2 === undefined || this.ranges.get(cmd) !== true) this.out += `${cmd.text}\n`;
        return 'end';
      case 'h': this.hold = this.pattern; return 'next';
      case 'H': this.hold += `\n${this.pattern}`; return 'next';
      case 'g': this.pattern = this.hold; return 'next';
      case 'G': this.pattern += `\n${this.hold}`; return 'next';
      case 'x': [this.pattern, this.hold] = [this.hold, this.pattern]; return 'next';
      case 'n':
        if (this.isLast()) return 'quit';
        this.endCycleOutput(true);
        this.readLine();
        return 'next';
      case 'N': {
        if (this.isLast()) return 'quit';
        const previous = this.pattern;
        this.out += this.appended;
        this.appended = '';
        this.readLine();
        this.pattern = `${previous}\n${this.pattern}`;
        return 'next';
      }
      case 'q': this.exitCode = cmd.exitCode ?? 0; return 'quit';
      case 'Q': this.exitCode = cmd.exitCode ?? 0; this.autoprintOnQuit = false; return 'quit';
      default: return 'next';
    }
  }

  execute(commands: readonly SedCommand[]): SedResult {
    let restart = false;
    while (restart || this.readLine()) {
      restart = false;
      const flow = this.run(commands);
      if (flow === 'quit') {
        this.endCycleOutput(this.autoprintOnQuit);
        break;
      }
      if (flow === 'restart') {
        this.out += this.appended;
        this.appended = '';
        restart = true;
        continue;
      }
      this.endCycleOutput(flow === 'next');
    }
    return { output: this.out, exitCode: this.exitCode };
  }
}

/** The replacement of one match: `&`, `\1`…`\9`, `\n`, `\t`, and escaped characters. */
function expandReplacement(replacement: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c === '&') {
      out += m[0];
      continue;
    }
    if (c !== '\\' || i + 1 >= replacement.length) {
      out += c;
      continue;
    }
    const n = replacement[++i]!;
    if (/[0-9]/.test(n)) out += m[Number(n)] ?? '';
    else if (n === 'n') out += '\n';
    else if (n === 't') out += '\t';
    else out += n;
  }
  return out;
}

/** Runs `commands` over `input` (one text: the files concatenated, or one file for -i). */
export function runSed(commands: readonly SedCommand[], input: string, opts: SedOptions): SedResult {
  return new Execution(input, opts.quiet).execute(commands);
}
