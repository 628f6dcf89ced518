// `vi`, `vim` and `nano` on the workstation: they show their file on the screen (the browser's
// editor pane) and end when it is saved and closed, or quit. Without a screen (headless, a script)
// they fail the way vim and nano do when their input is not a terminal.
// Deviation from upstream: options (`-R`, `+42`) are ignored and only the first file is edited.

import { resolvePath } from '../fs/virtual-fs.ts';
import { EXIT_STATUS } from '../shell/exit-status.ts';
import type { CommandContext, CommandResult, CommandSpec, Process } from '../shell/types.ts';
import type { ScreenEditHandle, ScreenEditor } from './screen-editor.ts';

const NO_TERMINAL: Readonly<Record<string, string>> = {
  vim: 'Vim: Warning: Input is not from a terminal\nVim: Error reading input, exiting...\nVim: Finished.\n',
  nano: 'Too many errors from stdin\n',
};

/** Runs until the screen says the file was saved or quit; Ctrl-C takes it off the screen. */
class ScreenEditProcess implements Process {
  done = false;
  exitCode = 0;

  constructor(private readonly handle: ScreenEditHandle) {}

  wakeAtMs(): number | undefined {
    return undefined;
  }

  poll(): void {
    if (!this.done && this.handle.outcome() !== undefined) this.done = true;
  }

  cancel(): void {
    if (this.done) return;
    this.handle.close();
    this.done = true;
    this.exitCode = EXIT_STATUS.interrupted;
  }
}

function editorProgram(name: string, flavour: 'vim' | 'nano', screen: ScreenEditor): CommandSpec {
  const run = (ctx: CommandContext): CommandResult => {
    if (!screen.attached) {
      ctx.io.stderr.write(NO_TERMINAL[flavour]!);
      return 1;
    }
    const file = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+'));
    if (file === undefined) {
      ctx.io.stderr.write(`${name}: a file name is needed to open the editor pane\n`);
      return EXIT_STATUS.usage;
    }
    const path = resolvePath(ctx.cwd, file, ctx.vars.get('HOME') ?? '/');
    if (ctx.fs.stat(path)?.type === 'dir') {
      ctx.io.stderr.write(`${name}: ${file}: Is a directory\n`);
      return 1;
    }
    return new ScreenEditProcess(screen.show(path, name));
  };
  return { name, path: `/usr/bin/${name}`, run };
}

/** The workstation's editors, all showing files on `screen`. */
export function editorPrograms(screen: ScreenEditor): CommandSpec[] {
  return [editorProgram('vi', 'vim', screen), editorProgram('vim', 'vim', screen), editorProgram('nano', 'nano', screen)];
}
