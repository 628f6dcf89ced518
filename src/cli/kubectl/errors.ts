// How kubectl prints a failure (cmdutil.CheckErr): Invalid statuses rebuilt from their causes,
// other API errors as `Error from server (<Reason>): <message>`, anything else as `error: <message>`.

import { isStatusError, type StatusError } from '../../engine/index.ts';
import { FlagError } from './flags.ts';
import { KubectlError, UsageError } from './command.ts';
import { ConfigurationError } from './cmd/auth/identity.ts';

/** The text kubectl writes to stderr for `err` (with trailing newline), and its exit code. */
export function formatError(err: unknown, commandPath: string): { text: string; exitCode: number } {
  if (isStatusError(err)) return { text: statusErrorText(err), exitCode: 1 };
  if (err instanceof FlagError) return { text: `error: ${err.message}\nSee '${commandPath} --help' for usage.\n`, exitCode: 1 };
  if (err instanceof UsageError) return { text: `error: ${err.message}\nSee '${commandPath} -h' for help and examples\n`, exitCode: 1 };
  if (err instanceof KubectlError) return { text: prefixed(err.message), exitCode: 1 };
  if (err instanceof ConfigurationError) return { text: `${err.message}\n`, exitCode: 1 };
  throw err;
}

export function statusErrorText(err: StatusError, context?: string): string {
  const s = err.status;
  if (s.reason === 'Invalid') return invalidText(err);
  if (s.reason === 'Unauthorized') return `error: You must be logged in to the server (${s.message})\n`;
  const message = context ? `${context}${s.message}` : s.message;
  return s.reason ? `Error from server (${s.reason}): ${message}\n` : `Error from server: ${message}\n`;
}

/** cmdutil's IsInvalid branch: `The <Kind> "<name>" is invalid` or `The request is invalid`, then the causes. */
function invalidText(err: StatusError): string {
  const s = err.status;
  const details = s.details;
  if (!details) return `The request is invalid${s.message ? `: ${s.message}` : ''}\n`;
  const head = details.kind || details.name ? `The ${details.kind ?? ''} "${details.name ?? ''}" is invalid` : 'The request is invalid';
  const lines = [...new Set((details.causes ?? []).map((c) => `${c.field ? `${c.field}: ` : ''}${c.message ?? ''}`))];
  if (lines.length === 0) return `${head}\n`;
  if (lines.length === 1) return `${head}: ${lines[0]}\n`;
  return `${head}: \n${lines.map((l) => `* ${l}`).join('\n')}\n`;
}

function prefixed(message: string): string {
  return message.startsWith('error: ') ? `${message}\n` : `error: ${message}\n`;
}
