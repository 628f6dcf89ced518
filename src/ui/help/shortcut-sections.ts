// The help overlay's content, as data: each feature's shortcut table, with what each shortcut does
// in either language. The tables live with the code that handles the keys; this file gathers them.

import { CLOCK_SHORTCUTS } from '../components/clock-shortcuts.ts';
import type { Lang } from '../i18n.ts';
import { DISPLAY_SHORTCUTS } from '../settings/display-shortcuts.ts';
import { TERMINAL_SHORTCUTS } from '../terminal/shortcuts.ts';
import { terminalText } from '../terminal/messages.ts';
import { helpText, type HelpKey } from './messages.ts';

export interface ShortcutRow {
  /** As the tables write them: `Shift+Alt+→`, alternatives joined by ` / `. */
  readonly keys: string;
  readonly does: (lang: Lang) => string;
}

export interface ShortcutSection {
  readonly title: HelpKey;
  readonly rows: readonly ShortcutRow[];
}

const HELP_SHORTCUTS: readonly { keys: string; action: HelpKey }[] = [
  { keys: '?', action: 'openHelpOutside' },
  { keys: 'F1', action: 'openHelpAnywhere' },
  { keys: 'Esc', action: 'closeHelp' },
];

const helpRows = (table: readonly { keys: string; action: HelpKey }[]): ShortcutRow[] =>
  table.map(({ keys, action }) => ({ keys, does: (lang) => helpText(lang, action) }));

export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = [
  { title: 'sectionTerminal', rows: TERMINAL_SHORTCUTS.map(({ keys, action }) => ({ keys, does: (lang) => terminalText(lang, action) })) },
  { title: 'sectionClock', rows: helpRows(CLOCK_SHORTCUTS) },
  { title: 'sectionDisplay', rows: helpRows(DISPLAY_SHORTCUTS) },
  { title: 'sectionHelp', rows: helpRows(HELP_SHORTCUTS) },
];
