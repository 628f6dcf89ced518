// Output sinks a command can be wired to: a pipe or `$(…)` buffer, /dev/null, and a file that
// grows with every write (so a long-running `kubectl get -w > out` fills it as it goes).

import type { VirtualFs } from '../../fs/virtual-fs.ts';
import type { OutputStream } from '../types.ts';

export class BufferSink implements OutputStream {
  text = '';

  write(text: string): void {
    this.text += text;
  }
}

export const NULL_SINK: OutputStream = { write: () => undefined };

export class FileSink implements OutputStream {
  constructor(
    private readonly fs: VirtualFs,
    private readonly path: string,
  ) {}

  write(text: string): void {
    // Deviation from upstream: a write to a file removed meanwhile is dropped, not resurrected.
    if (this.fs.stat(this.path)?.type === 'file') this.fs.appendFile(this.path, text);
  }
}
