// Saving a session file from the page: its name and the download itself.

/** `kubelab-session-HHMMSS.json`, after the sandbox's virtual time. */
export function sessionFileName(nowMs: number): string {
  return `kubelab-session-${new Date(nowMs).toISOString().slice(11, 19).replace(/:/g, '')}.json`;
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
