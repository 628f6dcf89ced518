// Small web and client images: httpd 2.4.62 ("It works!"), hashicorp/http-echo 1.0.0 (a static Go
// binary, no shell) and curlimages/curl 8.11.1 (Alpine, runs as curl_user).
// Digests and sizes are stand-ins.

import { build, repository, tagged } from './build.ts';
import { alpineLayer, binaries, DEFAULT_PATH, debianLayer, SCRATCH_LAYER } from './os-layers.ts';

/** Apache's stock page, 45 bytes. */
const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

const HTTPD_CONF = `ServerRoot "/usr/local/apache2"
Listen 80
LoadModule mpm_event_module modules/mod_mpm_event.so
LoadModule dir_module modules/mod_dir.so
LoadModule log_config_module modules/mod_log_config.so
User www-data
Group www-data
ServerAdmin you@example.com
DocumentRoot "/usr/local/apache2/htdocs"
<Directory "/usr/local/apache2/htdocs">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
DirectoryIndex index.html
ErrorLog /proc/self/fd/2
LogLevel warn
LogFormat "%h %l %u %t \\"%r\\" %>s %b" common
CustomLog /proc/self/fd/1 common
`;

const HTTPD_2_4_62 = build({
  digest: '670bc109070324d41281600442df0dabf44cb3925682114dd988b1c37cd9e632', sizeBytes: 58_183_615, version: '2.4.62',
  config: {
    cmd: ['httpd-foreground'], workingDir: '/usr/local/apache2', stopSignal: 'SIGWINCH', exposedPorts: ['80/tcp'],
    env: [`PATH=/usr/local/apache2/bin:${DEFAULT_PATH.slice('PATH='.length)}`, 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.62'],
  },
  shell: 'bash', programs: { 'httpd-foreground': 'httpd-foreground', httpd: 'httpd-foreground' },
  files: {
    ...debianLayer('12', 'bookworm', '12.9'),
    ...binaries('/usr/local/apache2/bin', ['httpd', 'apachectl', 'htpasswd', 'ab']),
    '/usr/local/bin/httpd-foreground': '#!/bin/sh\nset -e\n\n# a PID file left by a previous run stops httpd from starting\nrm -f /usr/local/apache2/logs/httpd.pid\n\nexec httpd -DFOREGROUND "$@"\n',
    '/usr/local/apache2/htdocs/index.html': HTTPD_INDEX,
    '/usr/local/apache2/conf/httpd.conf': HTTPD_CONF,
    '/usr/local/apache2/logs/': '',
  },
  filesAt: '2007-06-11T18:53:14Z',
});

export const HTTPD = repository('docker.io/library/httpd', tagged(['latest', '2', '2.4', '2.4.62', 'bookworm'], HTTPD_2_4_62));

export const HTTP_ECHO = repository('docker.io/hashicorp/http-echo', tagged(['latest', '1.0', '1.0.0'], build({
  digest: '5d00366d3c4228e3443b6a9750b054d22957d86ee45bb31ffee6e89bbb4adc1d', sizeBytes: 3_482_136, version: '1.0.0',
  config: { entrypoint: ['/http-echo'], exposedPorts: ['5678/tcp'] },
  programs: { 'http-echo': 'http-echo' }, files: { ...SCRATCH_LAYER, ...binaries('', ['http-echo']) },
})));

export const CURL = repository('docker.io/curlimages/curl', tagged(['latest', '8.11.1'], build({
  digest: '9c4fa589a4a89311f436b010a9dd10f23b2ed9a43fbe40210f285c0bfb3ff229', sizeBytes: 10_087_216, version: '8.11.1',
  config: {
    entrypoint: ['/entrypoint.sh'], cmd: ['curl'], user: 'curl_user', workingDir: '/home/curl_user',
    env: [DEFAULT_PATH, 'CURL_CA_BUNDLE=/cacert.pem'],
  },
  shell: 'ash', busybox: true, programs: { 'entrypoint.sh': 'curl-entrypoint' },
  files: {
    ...alpineLayer('3.21.2', ['curl_user:x:100:101:Linux User,,,:/home/curl_user:/sbin/nologin']),
    ...binaries('/usr/bin', ['curl']),
    '/entrypoint.sh': '#!/bin/sh\nset -e\n\n# options alone are curl options\nif [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ]; then\n  set -- curl "$@"\nfi\n\nexec "$@"\n',
    '/cacert.pem': '',
    '/home/curl_user/': '',
  },
})));
