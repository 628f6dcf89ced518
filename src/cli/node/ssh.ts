// OpenSSH's client as the course uses it: `ssh [user@]host [command]` to a node of the lab, with
// its errors (unknown name, an address nobody answers, a refused user) and exit status 255.
// Interactive, the node's login shell goes on top of the terminal's shells until it logs out.

import type { Cluster } from '../../engine/index.ts';
import type { ShellSession } from '../shell/session.ts';
import type { CommandContext, CommandSpec, Process } from '../shell/types.ts';
import { failAfter } from './fail-after.ts';
import { loginBanner } from './banner.ts';
import type { Login } from './node-env.ts';

const SSH_ERROR = 255;
/** ARP gives up on an address nobody holds on the host-only network: 3 probes a second apart. */
const NO_ROUTE_MS = 3_070;
/** The kernel's SYN retries (tcp_syn_retries=6) before connect(2) times out. */
const CONNECT_TIMEOUT_MS = 130_000;
const HOST_ONLY_NET = /^192\.168\.56\.\d{1,3}$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const VALUE_FLAGS = new Set(['-b', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-Q', '-R', '-S', '-W', '-w', '-B']);

export const SSH_USAGE = `usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]
           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]
           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]
           [-i identity_file] [-J [user@]host[:port]] [-L address]
           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]
           [-w local_tun[:remote_tun]] destination [command]
`;

interface Destination {
  readonly user: string | undefined;
  readonly host: string;
  readonly command: readonly string[];
}

function parse(argv: readonly string[]): Destination | undefined {
  let user: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_FLAGS.has(arg)) {
      if (arg === '-l') user = argv[i + 1];
      i++;
    } else if (!arg.startsWith('-') || arg === '-') {
      const at = arg.lastIndexOf('@');
      return { user: at >= 0 ? arg.slice(0, at) : user, host: (at >= 0 ? arg.slice(at + 1) : arg).toLowerCase(), command: argv.slice(i + 1) };
    }
  }
  return undefined;
}

/** A connection attempt nobody answers: the error after the kernel gives up. */
function unanswered(ctx: CommandContext, host: string, reason: string, waitMs: number): Process {
  return failAfter(ctx, waitMs, () => ctx.io.stderr.write(`ssh: connect to host ${host} port 22: ${reason}\n`), { failed: SSH_ERROR, cancelled: SSH_ERROR });
}

/** The ssh process while its login shell runs: it ends when the shell does, as the connection closes. */
function connection(ctx: CommandContext, login: Login, shell: Process): Process {
  let done = false;
  let exitCode = 0;
  const finish = (): void => {
    if (done || !shell.done) return;
    if (login.closedByRemote) ctx.io.stderr.write(`Connection to ${login.host} closed by remote host.\n`);
    ctx.io.stderr.write(`Connection to ${login.host} closed.\n`);
    exitCode = login.closedByRemote ? SSH_ERROR : shell.exitCode;
    done = true;
  };
  return {
    get done() { finish(); return done; },
    get exitCode() { return exitCode; },
    wakeAtMs: () => undefined,
    poll: finish,
    cancel: () => undefined,
  };
}

function ssh(cluster: Cluster, opts: SshOptions, ctx: CommandContext): number | Process {
  const from = opts.from;
  const dest = parse(ctx.argv);
  if (!dest) {
    ctx.io.stderr.write(SSH_USAGE);
    return SSH_ERROR;
  }
  const target = cluster.machines.resolve(dest.host);
  if (!target) {
    if (!IPV4.test(dest.host)) {
      ctx.io.stderr.write(`ssh: Could not resolve hostname ${dest.host}: Name or service not known\n`);
      return SSH_ERROR;
    }
    return HOST_ONLY_NET.test(dest.host)
      ? unanswered(ctx, dest.host, 'No route to host', NO_ROUTE_MS)
      : unanswered(ctx, dest.host, 'Connection timed out', CONNECT_TIMEOUT_MS);
  }
  if (!cluster.machines.poweredOn(target.node)) return unanswered(ctx, dest.host, 'No route to host', NO_ROUTE_MS);
  const user = dest.user ?? 'vagrant';
  if (user !== 'vagrant') {
    ctx.io.stderr.write(`${user}@${dest.host}: Permission denied (publickey).\n`);
    return SSH_ERROR;
  }
  const login: Login = { host: dest.host, shells: [], closedByRemote: false };
  const shell = opts.openShell(cluster, target.node, user, login);
  const terminal = { stdout: ctx.io.stdout, stderr: ctx.io.stderr, ...(ctx.shells ? { shells: ctx.shells } : {}) };
  if (dest.command.length > 0) return shell.run(dest.command.join(' '), terminal);
  if (!ctx.shells) {
    ctx.io.stderr.write('Pseudo-terminal will not be allocated because stdin is not a terminal.\n');
    return SSH_ERROR;
  }
  ctx.io.stdout.write(loginBanner(cluster, target.node, from));
  const pushed = ctx.shells.push(shell);
  login.shells.push(pushed);
  return connection(ctx, login, pushed);
}

/** `ssh` on a machine whose own address is `from` (the workstation is the host-only network's 192.168.56.1). */
export interface SshOptions {
  /** The address connections come from. */
  readonly from: string;
  /** Opens the login shell on the node (node-shell.ts's `openNodeShell`, passed in to keep the modules acyclic). */
  readonly openShell: (cluster: Cluster, node: string, user: string, login: Login) => ShellSession;
}

export function sshProgram(cluster: Cluster, opts: SshOptions): CommandSpec {
  return { name: 'ssh', path: '/usr/bin/ssh', run: (ctx) => ssh(cluster, opts, ctx) };
}
