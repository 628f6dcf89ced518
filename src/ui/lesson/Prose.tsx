// A lesson's Markdown rendered to React elements, raw HTML left out and nothing executed: ```run
// blocks get a Run button, ```file path=… blocks an open-in-editor button, links open a new tab.

import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { fenceOf, type Fence } from './fences.ts';
import { openInEditor, runBlock } from './lesson-store.ts';
import { tl } from './messages.ts';

type HastNode = ExtraProps['node'];

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { type?: string; value?: unknown; children?: unknown[] };
  if (n.type === 'text' && typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(textOf).join('');
}

function fenceOfPre(node: HastNode): Fence {
  const code = node?.children.find((c) => c.type === 'element' && c.tagName === 'code');
  if (code === undefined || code.type !== 'element') return { kind: 'code', text: textOf(node) };
  const className = code.properties['className'];
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : undefined;
  const meta = (code.data as { meta?: unknown } | undefined)?.meta;
  return fenceOf(classes, typeof meta === 'string' ? meta : undefined, textOf(code));
}

function FenceBlock({ fence }: { readonly fence: Fence }) {
  const lang = useSandboxStore((s) => s.lang);
  if (fence.kind === 'run') {
    return (
      <div className="lesson-run">
        <pre><code>{fence.text}</code></pre>
        <button type="button" className="control" data-testid="lesson-run" title={tl(lang, 'runTitle')} onClick={() => runBlock(fence.text)}>{tl(lang, 'run')}</button>
      </div>
    );
  }
  if (fence.kind === 'file') {
    return (
      <div className="lesson-file">
        <div className="lesson-file-bar">
          <code>{fence.path}</code>
          <button type="button" className="control" data-testid="lesson-open-file" onClick={() => void openInEditor(fence.path, fence.text)}>{tl(lang, 'openInEditor')}</button>
        </div>
        <pre><code>{fence.text}</code></pre>
      </div>
    );
  }
  return <pre><code>{fence.text}</code></pre>;
}

const BLOCK: Components = {
  pre: ({ node }) => <FenceBlock fence={fenceOfPre(node)} />,
  a: ({ href, children }) => <a href={href} target="_blank" rel="noreferrer noopener">{children}</a>,
};

const INLINE: Components = { ...BLOCK, p: ({ children }) => <>{children}</> };

/** Markdown from a lesson; `inline` for a label or an option (no paragraph around it). */
export function Prose({ text, inline = false }: { readonly text: string; readonly inline?: boolean }) {
  return <Markdown skipHtml components={inline ? INLINE : BLOCK}>{text}</Markdown>;
}
