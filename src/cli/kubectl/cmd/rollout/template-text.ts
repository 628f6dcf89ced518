// A revision's pod template as `rollout history --revision` and `rollout undo --dry-run` print it
// (polymorphichelpers printTemplate): DescribePodTemplate through a PrefixWriter with no tabwriter
// behind it, so the tabs reach the terminal as they are.

import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { describePodTemplate } from '../../describe/pod-template.ts';
import { PrefixWriter } from '../../describe/prefix-writer.ts';
import { DESCRIBE_TABWRITER, TabWriter } from '../../printers/tabwriter.ts';

/** describe.NewPrefixWriter(buf): cells are not aligned, text passes through. */
class PassThroughWriter extends TabWriter {
  constructor(private readonly out: (text: string) => void) {
    super(DESCRIBE_TABWRITER, out);
  }

  override write(text: string): void {
    this.out(text);
  }

  override flush(): void {}
}

export function printTemplate(template: PodTemplateSpec): string {
  let text = '';
  describePodTemplate(new PrefixWriter(new PassThroughWriter((t) => { text += t; })), template);
  return text;
}

/** The tabbedString of the history table: tabwriter with min width 0, padding 2. */
export function tabbed(lines: readonly string[]): string {
  let text = '';
  const w = new TabWriter(DESCRIBE_TABWRITER, (t) => { text += t; });
  for (const line of lines) w.write(`${line}\n`);
  w.flush();
  return text;
}
