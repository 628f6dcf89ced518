// The editor's diff: for a manifest file, the live objects and what `kubectl apply -f` would make of
// them, as `kubectl diff` compares them — the editor's diff view shows the two side by side.

import { diffEntry } from '../../../cli/kubectl/cmd/diff/diff-objects.ts';
import { formatError } from '../../../cli/kubectl/errors.ts';
import { toYaml } from '../../../cli/kubectl/printers/output.ts';
import { parseManifestText } from '../../../cli/kubectl/util/manifests.ts';
import { clone, type ApiServer } from '../../../engine/index.ts';
import type { FileDiff } from './files-types.ts';

const DOCUMENT_SEPARATOR = '---\n';

/** Diffs `text` (the file at `source`) against the cluster; kubectl's error text when it cannot. */
export function fileDiff(server: ApiServer, namespace: string, source: string, text: string): FileDiff {
  try {
    const entries = parseManifestText(source, text).map((m) => diffEntry(server, namespace, m));
    return {
      live: entries.map((e) => (e.live === undefined ? '' : toYaml(clone(e.live)))).join(DOCUMENT_SEPARATOR),
      merged: entries.map((e) => toYaml(clone(e.merged))).join(DOCUMENT_SEPARATOR),
      error: '',
    };
  } catch (err) {
    return { live: '', merged: '', error: formatError(err, 'kubectl diff').text };
  }
}
