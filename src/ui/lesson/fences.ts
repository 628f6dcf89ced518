// What a fenced block of a lesson's prose is: a click-to-run block (```run), an open-in-editor block
// (```file path=…), or plain code shown as is.

export type Fence =
  | { readonly kind: 'run'; readonly text: string }
  | { readonly kind: 'file'; readonly path: string; readonly text: string }
  | { readonly kind: 'code'; readonly text: string };

/** From the code element's class (`language-run`) and the info string's rest (`path=x.yaml`). */
export function fenceOf(className: string | undefined, meta: string | undefined, text: string): Fence {
  const lang = /(?:^|\s)language-(\S+)/.exec(className ?? '')?.[1];
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (lang === 'run') return { kind: 'run', text: body };
  const path = /^path=(\S+)\s*$/.exec(meta?.trim() ?? '')?.[1];
  if (lang === 'file' && path !== undefined) return { kind: 'file', path, text: `${body}\n` };
  return { kind: 'code', text: body };
}
