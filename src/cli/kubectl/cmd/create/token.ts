// `kubectl create token SERVICE_ACCOUNT` (create_token.go): asks the API server for a bound
// service-account token and prints it. Deviation from upstream: the token is a well-formed JWT
// whose signature is random, since the simulated cluster holds no signing key.

import { resourceByName } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagString, parseDuration, type ParsedArgs } from '../../flags.ts';
import { base64Encode } from '../../util/base64.ts';
import { wrapped } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { goJson } from '../../util/last-applied.ts';
import { nameFromArgs } from './generator.ts';
import { CREATE_TOKEN_HELP } from './help-create.ts';

export const ERR_TOKEN_DURATION = '--duration must be greater than or equal to 0';
const DEFAULT_EXPIRATION_S = 3600;
const SIGNATURE_CHARS = 342;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const base64Url = (text: string): string => base64Encode(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

function runToken(ctx: KubectlContext, parsed: ParsedArgs): number {
  const name = nameFromArgs(parsed);
  const durationMs = parseDuration(flagString(parsed, 'duration') || '0s') ?? 0;
  if (durationMs < 0) throw new KubectlError(ERR_TOKEN_DURATION);
  let sa;
  try {
    sa = ctx.client.server.get(resourceByName('', 'serviceaccounts')!, ctx.namespace, name);
  } catch (err) {
    throw wrapped('failed to create token: ', err);
  }
  const iat = Math.floor(ctx.nowMs() / 1000);
  const exp = iat + (durationMs > 0 ? Math.floor(durationMs / 1000) : DEFAULT_EXPIRATION_S);
  const server = `https://kubernetes.default.svc.cluster.local`;
  const header = { alg: 'RS256', kid: ctx.cluster.rand.hex(43) };
  const payload = {
    aud: [server], exp, iat, iss: server,
    'kubernetes.io': { namespace: ctx.namespace, serviceaccount: { name, uid: sa.metadata.uid ?? '' } },
    nbf: iat, sub: `system:serviceaccount:${ctx.namespace}:${name}`,
  };
  let signature = '';
  for (let i = 0; i < SIGNATURE_CHARS; i++) signature += BASE64URL[ctx.cluster.rand.int(BASE64URL.length)];
  ctx.io.stdout.write(`${base64Url(goJson(header))}.${base64Url(goJson(payload))}.${signature}\n`);
  return 0;
}

export const TOKEN_COMMAND: KubectlCommand = commandFromHelp('token', CREATE_TOKEN_HELP, runToken, 'kubectl create token');
