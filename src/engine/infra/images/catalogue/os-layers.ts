// The base layers the catalogue's images are built on: Debian, Ubuntu, Alpine, BusyBox and Oracle
// Linux, each with its /etc files (os-release, passwd, group), its PATH and the executables that
// are really there (`ps`, `curl`, `vi` are absent from most official images; `bash` from Alpine).

import type { ImageFiles } from '../types.ts';
import { BUSYBOX_APPLETS } from './busybox-applets.ts';

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** What a binary looks like to `cat` (its content is never run: programs are simulated). */
const ELF = '\u007fELF\u0002\u0001\u0001\u0000';

/** Executables at `dir/name` for each name. */
export function binaries(dir: string, names: readonly string[]): ImageFiles {
  return Object.fromEntries(names.map((n) => [`${dir}/${n}`, ELF]));
}

/** The same executables in /usr/bin and /bin: merged-/usr distributions link one to the other. */
function mergedUsr(names: readonly string[]): ImageFiles {
  return { ...binaries('/usr/bin', names), ...binaries('/bin', names) };
}

const COREUTILS = [
  'basename', 'base64', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'cut', 'date', 'dd', 'df', 'dirname', 'du', 'echo',
  'env', 'expr', 'false', 'head', 'id', 'ln', 'ls', 'md5sum', 'mkdir', 'mktemp', 'mv', 'nproc', 'printenv', 'printf',
  'pwd', 'readlink', 'rm', 'rmdir', 'seq', 'sha256sum', 'sleep', 'sort', 'stat', 'sync', 'tail', 'tee', 'test',
  'timeout', 'touch', 'tr', 'true', 'uname', 'uniq', 'wc', 'whoami', 'yes',
] as const;
const DEBIAN_TOOLS = [
  'bash', 'dash', 'sh', 'rbash', 'grep', 'egrep', 'fgrep', 'sed', 'find', 'xargs', 'gzip', 'gunzip', 'tar', 'hostname',
  'mount', 'umount', 'su', 'login', 'more', 'which', 'mawk', 'awk', 'dpkg', 'apt', 'apt-get', 'apt-cache', 'zcat',
] as const;
const SBIN = ['ldconfig', 'start-stop-daemon', 'useradd', 'groupadd', 'nologin'] as const;

/** /usr/bin and /bin of a Debian or Ubuntu image (merged /usr since bookworm and jammy). */
const DEBIAN_BIN: ImageFiles = { ...mergedUsr([...COREUTILS, ...DEBIAN_TOOLS]), ...binaries('/usr/sbin', SBIN) };

/** Debian 9 and 10 still keep /bin apart from /usr/bin. */
const DEBIAN_SPLIT_BIN: ImageFiles = {
  ...binaries('/bin', [...COREUTILS, 'bash', 'dash', 'sh', 'grep', 'sed', 'gzip', 'tar', 'hostname', 'mount', 'su', 'more', 'zcat']),
  ...binaries('/usr/bin', ['find', 'xargs', 'which', 'mawk', 'awk', 'dpkg', 'apt', 'apt-get', 'apt-cache']),
  ...binaries('/usr/sbin', SBIN),
};

const BUSYBOX_BIN: ImageFiles = binaries('/bin', BUSYBOX_APPLETS);

const DEBIAN_PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
  'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
  'sync:x:4:65534:sync:/bin:/bin/sync',
  'games:x:5:60:games:/usr/games:/usr/sbin/nologin',
  'man:x:6:12:man:/var/cache/man:/usr/sbin/nologin',
  'lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin',
  'mail:x:8:8:mail:/var/mail:/usr/sbin/nologin',
  'news:x:9:9:news:/var/spool/news:/usr/sbin/nologin',
  'uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin',
  'proxy:x:13:13:proxy:/bin:/usr/sbin/nologin',
  'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
  'backup:x:34:34:backup:/var/backups:/usr/sbin/nologin',
  'list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin',
  'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin',
  '_apt:x:42:65534::/nonexistent:/usr/sbin/nologin',
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
];
const DEBIAN_GROUP = [
  'root:x:0:', 'daemon:x:1:', 'bin:x:2:', 'sys:x:3:', 'adm:x:4:', 'tty:x:5:', 'disk:x:6:', 'lp:x:7:', 'mail:x:8:',
  'news:x:9:', 'uucp:x:10:', 'man:x:12:', 'proxy:x:13:', 'kmem:x:15:', 'dialout:x:20:', 'cdrom:x:24:', 'sudo:x:27:',
  'audio:x:29:', 'www-data:x:33:', 'backup:x:34:', 'operator:x:37:', 'list:x:38:', 'irc:x:39:', 'src:x:40:',
  'shadow:x:42:', 'utmp:x:43:', 'video:x:44:', 'staff:x:50:', 'games:x:60:', 'users:x:100:', 'nogroup:x:65534:',
];

const lines = (xs: readonly string[]): string => `${xs.join('\n')}\n`;

function debianRelease(version: string, codename: string): string {
  return lines([
    `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"`, 'NAME="Debian GNU/Linux"', `VERSION_ID="${version}"`,
    `VERSION="${version} (${codename})"`, `VERSION_CODENAME=${codename}`, 'ID=debian', 'HOME_URL="https://www.debian.org/"',
    'SUPPORT_URL="https://www.debian.org/support"', 'BUG_REPORT_URL="https://bugs.debian.org/"',
  ]);
}

/** A Debian userland: its release files, users and tools; `extraUsers` are passwd lines the image adds. */
export function debianLayer(version: string, codename: string, point: string, extraUsers: readonly string[] = []): ImageFiles {
  return {
    ...(Number(version) >= 12 ? DEBIAN_BIN : DEBIAN_SPLIT_BIN),
    '/etc/os-release': debianRelease(version, codename),
    '/etc/debian_version': `${point}\n`,
    '/etc/hostname': '',
    '/etc/passwd': lines([...DEBIAN_PASSWD, ...extraUsers]),
    '/etc/group': lines(DEBIAN_GROUP),
    '/root/': '',
    '/tmp/': '',
    '/home/': '',
    '/var/tmp/': '',
  };
}

/** An Ubuntu userland (`point` as in 24.04.1). */
export function ubuntuLayer(point: string, codename: string, title: string): ImageFiles {
  const version = point.split('.').slice(0, 2).join('.');
  const logo = Number(version) >= 23 ? ['LOGO=ubuntu-logo'] : [];
  return {
    ...DEBIAN_BIN,
    '/etc/os-release': lines([
      `PRETTY_NAME="Ubuntu ${point} LTS"`, 'NAME="Ubuntu"', `VERSION_ID="${version}"`, `VERSION="${point} LTS (${title})"`,
      `VERSION_CODENAME=${codename}`, 'ID=ubuntu', 'ID_LIKE=debian', 'HOME_URL="https://www.ubuntu.com/"',
      'SUPPORT_URL="https://help.ubuntu.com/"', 'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
      'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"', `UBUNTU_CODENAME=${codename}`, ...logo,
    ]),
    '/etc/hostname': '',
    '/etc/passwd': lines([...DEBIAN_PASSWD, ...(Number(version) >= 23 ? ['ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash'] : [])]),
    '/etc/group': lines(DEBIAN_GROUP),
    '/root/': '',
    '/tmp/': '',
    '/home/': '',
  };
}

/** An Alpine userland (`version` as in 3.21.2): BusyBox applets plus apk. */
export function alpineLayer(version: string, extraUsers: readonly string[] = []): ImageFiles {
  const branch = version.split('.').slice(0, 2).join('.');
  return {
    ...BUSYBOX_BIN,
    ...binaries('/sbin', ['apk', 'ldconfig']),
    '/etc/os-release': lines([
      'NAME="Alpine Linux"', 'ID=alpine', `VERSION_ID=${version}`, `PRETTY_NAME="Alpine Linux v${branch}"`,
      'HOME_URL="https://alpinelinux.org/"', 'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
    ]),
    '/etc/alpine-release': `${version}\n`,
    '/etc/hostname': '',
    '/etc/passwd': lines([
      'root:x:0:0:root:/root:/bin/sh', 'bin:x:1:1:bin:/bin:/sbin/nologin', 'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
      'lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin', 'sync:x:5:0:sync:/sbin:/bin/sync', 'shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown',
      'halt:x:7:0:halt:/sbin:/sbin/halt', 'mail:x:8:12:mail:/var/mail:/sbin/nologin', 'news:x:9:13:news:/usr/lib/news:/sbin/nologin',
      'uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin', 'cron:x:16:16:cron:/var/spool/cron:/sbin/nologin',
      'ftp:x:21:21::/var/lib/ftp:/sbin/nologin', 'sshd:x:22:22:sshd:/dev/null:/sbin/nologin', 'games:x:35:35:games:/usr/games:/sbin/nologin',
      'ntp:x:123:123:NTP:/var/empty:/sbin/nologin', 'guest:x:405:100:guest:/dev/null:/sbin/nologin',
      'nobody:x:65534:65534:nobody:/:/sbin/nologin', ...extraUsers,
    ]),
    '/etc/group': lines(['root:x:0:root', 'bin:x:1:root,bin,daemon', 'daemon:x:2:root,bin,daemon', 'wheel:x:10:root', 'nogroup:x:65533:', 'nobody:x:65534:']),
    '/root/': '',
    '/tmp/': '',
    '/home/': '',
  };
}

/** The busybox image: applets in /bin, a handful of /etc files and no os-release. */
export const BUSYBOX_LAYER: ImageFiles = {
  ...BUSYBOX_BIN,
  '/etc/passwd': lines([
    'root:x:0:0:root:/root:/bin/sh', 'daemon:x:1:1:daemon:/usr/sbin:/bin/false', 'bin:x:2:2:bin:/bin:/bin/false',
    'sys:x:3:3:sys:/dev:/bin/false', 'sync:x:4:100:sync:/bin:/bin/sync', 'mail:x:8:8:mail:/var/spool/mail:/bin/false',
    'www-data:x:33:33:www-data:/var/www:/bin/false', 'operator:x:37:37:Operator:/var:/bin/false', 'nobody:x:65534:65534:nobody:/home:/bin/false',
  ]),
  '/etc/group': lines(['root:x:0:', 'daemon:x:1:', 'bin:x:2:', 'sys:x:3:', 'adm:x:4:', 'tty:x:5:', 'disk:x:6:', 'wheel:x:10:root', 'users:x:100:', 'nogroup:x:65534:']),
  '/etc/hostname': '',
  '/root/': '',
  '/tmp/': '',
  '/home/': '',
  '/var/': '',
};

/** Oracle Linux (the MySQL images): `version` as in 9.5. */
export function oracleLinuxLayer(version: string): ImageFiles {
  const major = version.split('.')[0]!;
  return {
    ...mergedUsr([...COREUTILS, 'bash', 'sh', 'grep', 'sed', 'find', 'xargs', 'gzip', 'tar', 'hostname', 'which', 'microdnf', 'rpm']),
    '/etc/os-release': lines([
      'NAME="Oracle Linux Server"', `VERSION="${version}"`, 'ID="ol"', 'ID_LIKE="fedora"', 'VARIANT="Server"', 'VARIANT_ID="server"',
      `VERSION_ID="${version}"`, `PLATFORM_ID="platform:el${major}"`, `PRETTY_NAME="Oracle Linux Server ${version}"`, 'ANSI_COLOR="0;31"',
      `CPE_NAME="cpe:/o:oracle:linux:${major}:${version.split('.')[1]}:server"`, 'HOME_URL="https://linux.oracle.com/"',
      'BUG_REPORT_URL="https://github.com/oracle/oracle-linux"',
    ]),
    '/etc/hostname': '',
    '/etc/passwd': lines(['root:x:0:0:root:/root:/bin/bash', 'bin:x:1:1:bin:/bin:/sbin/nologin', 'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
      'nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin', 'mysql:x:999:999::/var/lib/mysql:/bin/bash']),
    '/root/': '',
    '/tmp/': '',
  };
}

/** A distroless or scratch image: only what its program needs. */
export const SCRATCH_LAYER: ImageFiles = { '/etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n', '/tmp/': '' };
