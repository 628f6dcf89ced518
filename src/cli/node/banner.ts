// What sshd and Ubuntu's pam_motd print at an interactive login: the welcome line with the
// kernel, the help links, the system information as of now, and the previous login.

import { utcTime, pad2, WEEKDAYS, MONTHS } from '../shell/builtins/calendar.ts';
import type { Cluster } from '../../engine/index.ts';

/** `Mon Mar 17 08:12:44 2025`, as lastlog prints it. */
function lastLogTime(ms: number): string {
  const t = utcTime(ms);
  return `${WEEKDAYS[t.weekday]} ${MONTHS[t.month - 1]} ${String(t.day).padStart(2, ' ')} ${pad2(t.hours)}:${pad2(t.minutes)}:${pad2(t.seconds)} ${t.year}`;
}

/** `Mon Mar 17 08:30:05 AM UTC 2025`, as landscape-sysinfo's date does. */
function sysinfoTime(ms: number): string {
  const t = utcTime(ms);
  const hour12 = t.hours % 12 === 0 ? 12 : t.hours % 12;
  return `${WEEKDAYS[t.weekday]} ${MONTHS[t.month - 1]} ${String(t.day).padStart(2, ' ')} ${pad2(hour12)}:${pad2(t.minutes)}:${pad2(t.seconds)} ${t.hours < 12 ? 'AM' : 'PM'} UTC ${t.year}`;
}

/** landscape-sysinfo's two columns: the left padded to 34, the right's labels to their widest. */
function sysinfo(rows: ReadonlyArray<readonly [string, string, string]>): string[] {
  const width = Math.max(...rows.map((r) => r[1].length)) + 1;
  return rows.map(([left, label, value]) => `  ${left.padEnd(32)}${label.padEnd(width)}${value}`);
}

export function loginBanner(cluster: Cluster, node: string, from: string): string {
  const obj = cluster.client().get('/nodes', undefined, node);
  const info = ((obj?.status ?? {}) as { nodeInfo?: { osImage?: string; kernelVersion?: string } }).nodeInfo ?? {};
  const state = cluster.machines.state(node);
  const previous = cluster.machines.login(node, from) ?? (state ? { ms: state.bootMs + 131_000, from: '10.0.2.2' } : undefined);
  const ip = cluster.machines.resolve(node)?.ip ?? '';
  const pods = Object.keys(state ? (cluster.kubelets.kubelet(node)?.runtime.pods ?? {}) : {}).length;
  return [
    `Welcome to ${info.osImage ?? 'Ubuntu 22.04.5 LTS'} (GNU/Linux ${info.kernelVersion ?? '5.15.0-130-generic'} x86_64)`,
    '',
    ' * Documentation:  https://help.ubuntu.com',
    ' * Management:     https://landscape.canonical.com',
    ' * Support:        https://ubuntu.com/pro',
    '',
    ` System information as of ${sysinfoTime(cluster.nowMs)}`,
    '',
    ...sysinfo([
      [`System load:  0.${pad2(8 + pods * 3)}`, 'Processes:', String(128 + pods * 9)],
      ['Usage of /:   14.2% of 30.34GB', 'Users logged in:', '0'],
      [`Memory usage: ${18 + pods * 2}%`, 'IPv4 address for enp0s3:', '10.0.2.15'],
      ['Swap usage:   0%', 'IPv4 address for enp0s8:', ip],
    ]),
    '',
    ...(previous ? [`Last login: ${lastLogTime(previous.ms)} from ${previous.from}`] : []),
    '',
  ].join('\n');
}
