// `kubectl create -f FILENAME` (pkg/cmd/create/create.go) and the `create` command tree with its
// generators. Every object of every file is tried; failures are reported together at the end.

import { clone, matchesRequirements, parseLabelSelector, SelectorError, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors, withSource } from '../../util/error-report.ts';
import { groupCommand } from '../../util/group-command.ts';
import { renderHelp } from '../../util/help.ts';
import { withLastApplied } from '../../util/last-applied.ts';
import { readManifests, type Manifest } from '../../util/manifests.ts';
import { checkValidateFlag, DryRun, dryRunStrategy, formatObject, OutputFormat, outputFormat } from '../../util/mutation.ts';
import { placeInNamespace } from '../../util/namespaces.ts';
import { CONFIGMAP_GENERATOR, SECRET_DOCKER_GENERATOR, SECRET_GENERIC_GENERATOR, SECRET_TLS_GENERATOR } from './gen-config.ts';
import { INGRESS_GENERATOR, NAMESPACE_GENERATOR, PDB_GENERATOR, PRIORITYCLASS_GENERATOR, QUOTA_GENERATOR, SERVICEACCOUNT_GENERATOR } from './gen-misc.ts';
import { CLUSTERROLEBINDING_GENERATOR, CLUSTERROLE_GENERATOR, ROLEBINDING_GENERATOR, ROLE_GENERATOR } from './gen-rbac.ts';
import { SERVICE_GENERATORS } from './gen-service.ts';
import { CRONJOB_GENERATOR, DEPLOYMENT_GENERATOR, JOB_GENERATOR } from './gen-workloads.ts';
import { generatorCommand } from './generator.ts';
import { CREATE_HELP } from './help-create.ts';
import { CREATE_SECRET_HELP } from './help-secret.ts';
import { CREATE_SERVICE_HELP } from './help-workloads.ts';
import { TOKEN_COMMAND } from './token.ts';

export const ERR_FILENAME_REQUIRED = 'must specify one of -f and -k';
export const ERR_UNEXPECTED_ARGS = (args: readonly string[]): string => `Unexpected args: [${args.join(' ')}]`;
export const ERR_NO_OBJECTS = 'no objects passed to create';

interface CreateOptions {
  readonly filenames: readonly string[];
  readonly recursive: boolean;
  readonly selector: string;
  readonly dryRun: DryRun;
  readonly output: OutputFormat;
  readonly saveConfig: boolean;
}

/** The checks `create -f` and `apply -f` share, in kubectl's order: arguments, dry-run, validate, output, files. */
export function completeFileArgs(ctx: KubectlContext, parsed: ParsedArgs): { filenames: string[]; dryRun: DryRun; output: OutputFormat } {
  if (parsed.args.length > 0) throw new UsageError(ERR_UNEXPECTED_ARGS(parsed.args));
  const dryRun = dryRunStrategy(ctx, parsed);
  checkValidateFlag(parsed);
  const output = outputFormat(parsed);
  const filenames = flagList(parsed, 'filename');
  if (filenames.length === 0 && flagString(parsed, 'kustomize') === '') throw new KubectlError(ERR_FILENAME_REQUIRED);
  return { filenames, dryRun, output };
}

function complete(ctx: KubectlContext, parsed: ParsedArgs): CreateOptions {
  const { filenames, dryRun, output } = completeFileArgs(ctx, parsed);
  return { filenames, recursive: flagBool(parsed, 'recursive'), selector: flagString(parsed, 'selector'), dryRun, output, saveConfig: flagBool(parsed, 'save-config') };
}

/** The manifests the builder visits: read, flattened, filtered by -l. */
export function selectManifests(ctx: KubectlContext, filenames: readonly string[], recursive: boolean, selector: string): Manifest[] {
  const reqs = selector === '' ? undefined : parseBuilderSelector(selector);
  const manifests = readManifests(filenames, { fs: ctx.fs, cwd: ctx.cwd, home: ctx.home, stdin: ctx.io.stdin, kinds: ctx.client.kinds() }, recursive);
  return reqs === undefined ? manifests : manifests.filter((m) => matchesRequirements(reqs, m.object.metadata?.labels));
}

/** The resource builder parses -l itself before reading any file. */
function parseBuilderSelector(selector: string): ReturnType<typeof parseLabelSelector> {
  try {
    return parseLabelSelector(selector);
  } catch (e) {
    if (e instanceof SelectorError) throw new KubectlError(`the provided selector "${selector}" is not valid: ${e.message}`);
    throw e;
  }
}

function runCreate(ctx: KubectlContext, parsed: ParsedArgs): number {
  const o = complete(ctx, parsed);
  const errors: unknown[] = [];
  let printed = 0;
  for (const m of selectManifests(ctx, o.filenames, o.recursive, o.selector)) {
    try {
      let obj: KubeObject = placeInNamespace(ctx, m.info, clone(m.object));
      if (o.saveConfig) obj = withLastApplied(obj);
      if (o.dryRun !== DryRun.Client) {
        obj = createOne(ctx, m, obj, o.dryRun === DryRun.Server);
      }
      if (o.output === OutputFormat.Yaml && printed > 0) ctx.io.stdout.write('---\n');
      ctx.io.stdout.write(formatObject(m.info, obj, { output: o.output, operation: 'created', dryRun: o.dryRun }));
      printed++;
    } catch (err) {
      errors.push(err);
    }
  }
  if (printed === 0 && errors.length === 0) throw new KubectlError(ERR_NO_OBJECTS);
  return reportErrors(ctx, errors);
}

function createOne(ctx: KubectlContext, m: Manifest, obj: KubeObject, dryRun: boolean): KubeObject {
  try {
    return ctx.client.server.create(m.info, obj.metadata.namespace, obj, { dryRun });
  } catch (err) {
    throw withSource(err, 'creating', m.source);
  }
}

const SUBCOMMANDS: readonly KubectlCommand[] = [
  generatorCommand(CLUSTERROLE_GENERATOR),
  generatorCommand(CLUSTERROLEBINDING_GENERATOR),
  generatorCommand(CONFIGMAP_GENERATOR),
  generatorCommand(CRONJOB_GENERATOR),
  generatorCommand(DEPLOYMENT_GENERATOR),
  generatorCommand(INGRESS_GENERATOR),
  generatorCommand(JOB_GENERATOR),
  generatorCommand(NAMESPACE_GENERATOR),
  generatorCommand(PDB_GENERATOR),
  generatorCommand(PRIORITYCLASS_GENERATOR),
  generatorCommand(QUOTA_GENERATOR),
  generatorCommand(ROLE_GENERATOR),
  generatorCommand(ROLEBINDING_GENERATOR),
  groupCommand('kubectl create secret', CREATE_SECRET_HELP,
    [SECRET_DOCKER_GENERATOR, SECRET_GENERIC_GENERATOR, SECRET_TLS_GENERATOR].map(generatorCommand)),
  groupCommand('kubectl create service', CREATE_SERVICE_HELP, SERVICE_GENERATORS.map(generatorCommand)),
  generatorCommand(SERVICEACCOUNT_GENERATOR),
  TOKEN_COMMAND,
];

export const CREATE_COMMAND: KubectlCommand = {
  name: 'create',
  short: CREATE_HELP.short,
  help: renderHelp('kubectl create', CREATE_HELP, SUBCOMMANDS.map((c) => ({ name: c.name, short: c.short }))),
  flags: CREATE_HELP.flags,
  subcommands: SUBCOMMANDS,
  run: runCreate,
};
