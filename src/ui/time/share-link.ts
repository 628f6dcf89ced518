// Share links: a scenario (seed, profile, files, command lines) as JSON, deflated and base64url-encoded
// in the URL's fragment (`#scenario=…`), so it never reaches a server. Decoding only parses data; the
// Worker checks it before using it.

export const SCENARIO_PARAM = 'scenario';
/** Links longer than this are refused: browsers and chat tools cut long URLs. */
export const MAX_LINK_CHARS = 16_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function encodeScenario(scenario: unknown): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(scenario)), new CompressionStream('deflate-raw')));
}

/** The scenario data in a URL fragment, or undefined if there is none; throws on a damaged one. */
export async function scenarioFromHash(hash: string): Promise<unknown> {
  const encoded = new URLSearchParams(hash.replace(/^#/, '')).get(SCENARIO_PARAM);
  if (encoded === null) return undefined;
  if (encoded.length > MAX_LINK_CHARS) throw new Error('the link is too long');
  return JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw')))) as unknown;
}

export function shareUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, encoded: string): string {
  return `${location.origin}${location.pathname}${location.search}#${SCENARIO_PARAM}=${encoded}`;
}
