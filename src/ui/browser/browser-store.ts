// The browser pane's state: the ports kubectl port-forward listens on (from host events), the page
// shown and how it is shown.

import { create } from 'zustand';
import type { BrowseResult, ForwardInfo, HostEvent } from '../../worker/host/api.ts';

export type PageMode = 'rendered' | 'source' | 'headers';

export interface BrowserState {
  readonly forwards: readonly ForwardInfo[];
  readonly url: string;
  readonly host: string;
  readonly page: BrowseResult | null;
  readonly mode: PageMode;
  readonly loading: boolean;
}

export const useBrowserStore = create<BrowserState>()(() => ({ forwards: [], url: '', host: '', page: null, mode: 'rendered', loading: false }));

export function applyBrowserEvents(events: readonly HostEvent[]): void {
  for (const event of events) if (event.type === 'forwards') useBrowserStore.setState({ forwards: event.forwards });
}

export function setUrl(url: string): void {
  useBrowserStore.setState({ url });
}

export function setHostHeader(host: string): void {
  useBrowserStore.setState({ host });
}

export function setMode(mode: PageMode): void {
  useBrowserStore.setState({ mode });
}

/** Fetches the address through `browse` (the host's call) and shows the answer. */
export async function openPage(browse: (url: string, host: string) => Promise<BrowseResult>): Promise<void> {
  const { url, host } = useBrowserStore.getState();
  if (url.trim() === '') return;
  useBrowserStore.setState({ loading: true });
  try {
    const page = await browse(url, host.trim());
    useBrowserStore.setState({ page, url: page.url || url, loading: false });
  } catch {
    useBrowserStore.setState({ loading: false });
  }
}

/** Whether a page's body is HTML, from its Content-Type or its first characters. */
export function isHtml(page: Extract<BrowseResult, { ok: true }>): boolean {
  const type = page.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  return type.includes('html') || /^\s*<(!doctype|html)/i.test(page.body);
}
