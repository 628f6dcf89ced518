// The shared shape of the `kubectl create <kind>` generators (CreateSubcommandOptions and its
// per-kind copies upstream): required flags → exactly one NAME → dry-run/printer/validate →
// build the object → create it (or not, on --dry-run=client) → print it.

import { resourceByName, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, type ParsedArgs } from '../../flags.ts';
import { wrapped } from '../../util/error-report.ts';
import { renderHelp, type CommandHelp } from '../../util/help.ts';
import { withLastApplied } from '../../util/last-applied.ts';
import { checkValidateFlag, DryRun, dryRunStrategy, outputFormat, printObject } from '../../util/mutation.ts';

export interface GeneratorInput {
  readonly ctx: KubectlContext;
  readonly parsed: ParsedArgs;
  readonly name: string;
  /** Arguments after `--` (the container command). */
  readonly command: readonly string[];
}

export interface GeneratorSpec {
  readonly name: string;
  readonly path: string;
  readonly help: CommandHelp;
  /** `group/resource` of what it creates. */
  readonly resource: `${string}/${string}`;
  readonly requiredFlags?: readonly string[];
  /** `failed to create deployment: ` — absent for generators that return the API error as it is. */
  readonly wrap?: string;
  /** Checks the flags and builds the object; throws KubectlError with kubectl's message. */
  build(input: GeneratorInput): KubeObject;
}

export const ERR_EXACTLY_ONE_NAME = (got: number): string => `exactly one NAME is required, got ${got}`;
export const ERR_REQUIRED_FLAGS = (names: readonly string[]): string => `required flag(s) "${names.join('", "')}" not set`;

export function generatorCommand(spec: GeneratorSpec): KubectlCommand {
  return {
    name: spec.name,
    ...(spec.help.aliases ? { aliases: spec.help.aliases } : {}),
    short: spec.help.short,
    help: renderHelp(spec.path, spec.help),
    flags: spec.help.flags,
    run: (ctx, parsed) => runGenerator(spec, ctx, parsed),
  };
}

/** cobra's ValidateRequiredFlags, run before the command. */
export function checkRequiredFlags(parsed: ParsedArgs, names: readonly string[]): void {
  const missing = [...names].sort().filter((n) => !parsed.changed.has(n));
  if (missing.length > 0) throw new KubectlError(ERR_REQUIRED_FLAGS(missing));
}

/** NameFromCommandArgs: the one NAME before `--`. */
export function nameFromArgs(parsed: ParsedArgs): string {
  if (parsed.args.length !== 1) throw new UsageError(ERR_EXACTLY_ONE_NAME(parsed.args.length));
  return parsed.args[0]!;
}

function runGenerator(spec: GeneratorSpec, ctx: KubectlContext, parsed: ParsedArgs): number {
  checkRequiredFlags(parsed, spec.requiredFlags ?? []);
  const name = nameFromArgs(parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  checkValidateFlag(parsed);
  const info = resourceByName(...splitResource(spec.resource))!;
  let obj = spec.build({ ctx, parsed, name, command: parsed.dashArgs ?? [] });
  if (flagBool(parsed, 'save-config')) obj = withLastApplied(obj);
  if (dryRun === DryRun.Client) {
    if (info.namespaced && ctx.namespaceExplicit) obj.metadata.namespace = ctx.namespace;
  } else {
    obj = createObject(ctx, info, obj, dryRun === DryRun.Server, spec.wrap);
  }
  printObject(ctx, info, obj, { output, operation: 'created', dryRun });
  return 0;
}

function createObject(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject, dryRun: boolean, wrap?: string): KubeObject {
  try {
    return ctx.client.server.create(info, info.namespaced ? ctx.namespace : undefined, obj, { dryRun });
  } catch (err) {
    throw wrap === undefined ? err : wrapped(wrap, err);
  }
}

function splitResource(resource: string): [string, string] {
  const slash = resource.indexOf('/');
  return [resource.slice(0, slash), resource.slice(slash + 1)];
}

/** The base every generated object starts from: what Go's encoder prints for a fresh ObjectMeta. */
export function newObject(apiVersion: string, kind: string, name: string, extra: Record<string, unknown> = {},
  meta: Partial<KubeObject['metadata']> = {}): KubeObject {
  return { apiVersion, kind, metadata: { ...meta, name, creationTimestamp: null as unknown as string }, ...extra };
}
