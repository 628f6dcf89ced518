// Paths as the editor shows and takes them: relative to the home directory in the file list and
// tabs, absolute across the host boundary, and quoted for the shell when Apply types a command.

/** `web.yaml` for a file of the home directory, the absolute path otherwise (`/tmp/kubectl-edit-x.yaml`). */
export function displayPath(home: string, path: string): string {
  return path.startsWith(`${home}/`) ? path.slice(home.length + 1) : path;
}

/** What the person typed as a file name (`web.yaml`, `k8s/web.yaml`, `~/web.yaml`) as an absolute path; undefined if unusable. */
export function resolveName(home: string, typed: string): string | undefined {
  const name = typed.trim();
  if (name === '' || name.endsWith('/')) return undefined;
  const relative = name.startsWith('~/') ? name.slice(2) : name.startsWith(`${home}/`) ? name.slice(home.length + 1) : name;
  if (relative.startsWith('/')) return undefined;
  const parts = relative.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return `${home}/${parts.join('/')}`;
}

const SHELL_SAFE = /^[A-Za-z0-9._/+-]+$/;

/** The path as a shell word: `~/web.yaml`, `~/'my file.yaml'`, or an absolute one quoted if need be. */
export function shellPath(home: string, path: string): string {
  const inHome = path.startsWith(`${home}/`);
  const rest = inHome ? path.slice(home.length + 1) : path;
  const word = SHELL_SAFE.test(rest) ? rest : `'${rest.replace(/'/g, `'\\''`)}'`;
  return inHome ? `~/${word}` : word;
}

/** `base.ext`, or `base-2.ext`, `base-3.ext`… whichever is free in `dir`. */
export function freeName(taken: ReadonlySet<string>, dir: string, base: string, ext: string): string {
  // Invariant: among taken.size + 1 candidates at least one is free.
  for (let n = 1; n <= taken.size + 1; n++) {
    const path = `${dir}/${n === 1 ? base : `${base}-${n}`}${ext}`;
    if (!taken.has(path)) return path;
  }
  throw new Error('unreachable: no free file name');
}

/** The Monaco language of a file: YAML (with the Kubernetes schema) or plain text. */
export function languageOf(path: string): 'yaml' | 'plaintext' {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'plaintext';
}
