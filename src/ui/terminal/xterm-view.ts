// The xterm adapter: the only module that knows xterm.js. A dark terminal that fills its container
// (addon-fit, refitted when the container's size or the font size changes, never while hidden),
// with a terminal's copy and paste keys. `convertEol` stays off: the host already sends `\r\n`.

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
  /** Keyboard input as xterm gives it (raw bytes, pastes with `\r` line ends); returns a function that stops listening. */
  onData(listener: (data: string) => void): () => void;
  /** The size in cells after each change (and once at once); returns a function that stops listening. */
  onResize(listener: (cols: number, rows: number) => void): () => void;
  /** Fits the terminal to its container, when the container is shown. */
  fit(): void;
  setFontSize(px: number): void;
  focus(): void;
  dispose(): void;
}

export function openTerminalView(container: HTMLElement, fontSize: number): TerminalView {
  const term = new Terminal({
    convertEol: false,
    cursorBlink: true,
    scrollback: SCROLLBACK_LINES,
    fontFamily: '"DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, monospace',
    fontSize,
    theme: DARK_THEME,
  });
  const fitAddon = new FitAddon();
  term.loadAddon(fitAddon);
  term.open(container);
  term.attachCustomKeyEventHandler((event) => clipboardKey(term, event));
  const fit = (): void => {
    if (container.clientWidth > 0 && container.clientHeight > 0) fitAddon.fit();
  };
  fit();
  const resizeObserver = new ResizeObserver(fit);
  resizeObserver.observe(container);

  return {
    term,
    write: (data) => term.write(data),
    onData(listener) {
      const subscription = term.onData(listener);
      return () => subscription.dispose();
    },
    onResize(listener) {
      listener(term.cols, term.rows);
      const subscription = term.onResize(({ cols, rows }) => listener(cols, rows));
      return () => subscription.dispose();
    },
    fit,
    setFontSize(px) {
      if (term.options.fontSize === px) return;
      term.options.fontSize = px;
      fit();
    },
    focus: () => term.focus(),
    dispose() {
      resizeObserver.disconnect();
      term.dispose();
    },
  };
}

/**
 * Copy and paste as terminals do: Ctrl-Shift-C (or Ctrl-C over a selection) copies, and Ctrl-V or
 * Ctrl-Shift-V are left to the browser, whose paste event xterm reads. False keeps xterm out.
 */
function clipboardKey(term: Terminal, event: KeyboardEvent): boolean {
  if (!event.ctrlKey || event.altKey || event.metaKey) return true;
  if (event.code === 'KeyV') return false;
  if (event.code !== 'KeyC' || !(event.shiftKey || term.hasSelection())) return true;
  if (event.type === 'keydown') {
    const text = term.getSelection();
    if (text !== '') void navigator.clipboard?.writeText(text).catch(() => undefined);
    if (!event.shiftKey) term.clearSelection();
    event.preventDefault();
  }
  return false;
}
