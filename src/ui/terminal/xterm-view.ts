// The xterm adapter: the only module that knows xterm.js. A dark terminal that fills its container
// (addon-fit, refitted on resize). `convertEol` stays off: the host already sends `\r\n`.

import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';

const DARK_THEME: ITheme = {
  background: '#0b0f14',
  foreground: '#d6dde6',
  cursor: '#7aa2f7',
  selectionBackground: '#33415580',
  black: '#1b222c',
  brightBlack: '#5c6773',
};

/** Invariant: the scrollback is bounded, like every buffer in kubelab. */
const SCROLLBACK_LINES = 5_000;

export interface TerminalView {
  /** The xterm instance, for test hooks only. */
  readonly term: Terminal;
  write(data: string): void;
  /** Keyboard input as xterm gives it (raw bytes); returns a function that stops listening. */
  onData(listener: (data: string) => void): () => void;
  focus(): void;
  dispose(): void;
}

export function openTerminalView(container: HTMLElement): TerminalView {
  const term = new Terminal({
    convertEol: false,
    cursorBlink: true,
    scrollback: SCROLLBACK_LINES,
    fontFamily: '"DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, monospace',
    fontSize: 14,
    theme: DARK_THEME,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(container);
  fit.fit();
  const resizeObserver = new ResizeObserver(() => fit.fit());
  resizeObserver.observe(container);

  return {
    term,
    write: (data) => term.write(data),
    onData(listener) {
      const subscription = term.onData(listener);
      return () => subscription.dispose();
    },
    focus: () => term.focus(),
    dispose() {
      resizeObserver.disconnect();
      term.dispose();
    },
  };
}
