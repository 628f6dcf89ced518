// The applets a BusyBox 1.36 build installs in /bin (the official busybox image's defconfig, and
// what Alpine links to /bin/busybox): `ls /bin` shows them and `kubectl exec` finds them.

export const BUSYBOX_APPLETS = [
  '[', '[[', 'addgroup', 'adduser', 'arch', 'ash', 'awk', 'base64', 'basename', 'bc', 'bunzip2', 'busybox', 'bzcat',
  'cal', 'cat', 'chgrp', 'chmod', 'chown', 'chroot', 'cksum', 'clear', 'cmp', 'comm', 'cp', 'cpio', 'crond', 'cut',
  'date', 'dc', 'dd', 'df', 'diff', 'dirname', 'dmesg', 'dnsdomainname', 'dos2unix', 'du', 'echo', 'ed', 'egrep', 'env',
  'expand', 'expr', 'false', 'fgrep', 'find', 'fold', 'free', 'fuser', 'getopt', 'grep', 'groups', 'gunzip', 'gzip',
  'halt', 'head', 'hexdump', 'hostid', 'hostname', 'httpd', 'id', 'ifconfig', 'install', 'ip', 'ipcalc', 'kill',
  'killall', 'less', 'link', 'ln', 'logger', 'login', 'ls', 'lsof', 'md5sum', 'mkdir', 'mkfifo', 'mknod', 'mktemp',
  'more', 'mount', 'mv', 'nc', 'netstat', 'nice', 'nl', 'nohup', 'nproc', 'nslookup', 'od', 'passwd', 'paste', 'patch',
  'pgrep', 'pidof', 'ping', 'ping6', 'pkill', 'printenv', 'printf', 'ps', 'pstree', 'pwd', 'readlink', 'realpath',
  'reboot', 'renice', 'reset', 'rev', 'rm', 'rmdir', 'route', 'run-parts', 'sed', 'seq', 'sh', 'sha1sum', 'sha256sum',
  'sha512sum', 'shuf', 'sleep', 'sort', 'split', 'stat', 'strings', 'stty', 'su', 'sum', 'sync', 'sysctl', 'tac',
  'tail', 'tar', 'tee', 'telnet', 'test', 'time', 'timeout', 'top', 'touch', 'tr', 'traceroute', 'true', 'truncate',
  'tty', 'umount', 'uname', 'unexpand', 'uniq', 'unix2dos', 'unlink', 'unzip', 'uptime', 'usleep', 'uudecode',
  'uuencode', 'vi', 'watch', 'wc', 'wget', 'which', 'whoami', 'xargs', 'xxd', 'yes', 'zcat',
] as const;
