// kubectl's error plumbing around API calls: AddSourceToErr (`error when creating "x.yaml": `),
// the generators' wrapping (`failed to create deployment: `), and how a command that went on after
// failures reports them (one error as CheckErr prints it; several one per line, no `error:` prefix).

import { isStatusError, StatusError } from '../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../command.ts';
import { formatError } from '../errors.ts';

/** cmdutil.AddSourceToErr: status errors keep their reason, the message gains the source. */
export function withSource(err: unknown, verb: string, source: string): unknown {
  if (source === '') return err;
  const prefix = `error when ${verb} "${source}": `;
  if (isStatusError(err)) return new StatusError({ ...err.status, message: `${prefix}${err.status.message}` });
  return new KubectlError(`${prefix}${messageOf(err)}`);
}

/** `fmt.Errorf("failed to create deployment: %v", err)`: the status becomes plain text. */
export function wrapped(prefix: string, err: unknown): unknown {
  if (isStatusError(err) || err instanceof KubectlError) return new KubectlError(`${prefix}${messageOf(err)}`);
  return err;
}

export function messageOf(err: unknown): string {
  if (isStatusError(err)) return err.status.message;
  return err instanceof Error ? err.message : String(err);
}

/** cmdutil.CheckErr of an aggregate: writes the errors to stderr; returns the exit code. */
export function reportErrors(ctx: KubectlContext, errors: readonly unknown[]): number {
  if (errors.length === 0) return 0;
  if (errors.length === 1) {
    ctx.io.stderr.write(formatError(errors[0], ctx.commandPath).text);
    return 1;
  }
  for (const err of errors) ctx.io.stderr.write(`${aggregateLine(err)}\n`);
  return 1;
}

/** StandardErrorMessage, or the bare message: what each line of an aggregate shows. */
function aggregateLine(err: unknown): string {
  if (isStatusError(err)) {
    const s = err.status;
    return s.reason ? `Error from server (${s.reason}): ${s.message}` : `Error from server: ${s.message}`;
  }
  return messageOf(err);
}
