// The files of the official nginx images that students read: the welcome and 50x pages (the
// 1.19+ "color-scheme" ones and the older ones), nginx.conf, conf.d/default.conf and the
// docker-entrypoint scripts (1.19+ images). Mirrors nginx's pkg-oss packaging and docker-nginx.

import type { ImageFiles } from '../types.ts';

const STYLE = 'html { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n';
const OLD_STYLE = '    body {\n        width: 35em;\n        margin: 0 auto;\n        font-family: Tahoma, Verdana, Arial, sans-serif;\n    }\n';

const welcome = (style: string): string => `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
${style}</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const fifty = (style: string): string => `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
${style}</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

/** 615 bytes since nginx 1.19 (the page every `curl` of a fresh nginx shows). */
export const NGINX_WELCOME = welcome(STYLE);
/** 612 bytes, nginx 1.14–1.18. */
export const NGINX_WELCOME_OLD = welcome(OLD_STYLE);

const nginxConf = (errorLevel: 'notice' | 'warn'): string => `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log ${errorLevel};
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** conf.d/default.conf as the package installs it (the entrypoint adds the IPv6 listen at start). */
export const NGINX_DEFAULT_CONF = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}
`;

/** default.conf once the entrypoint enabled IPv6. */
export const NGINX_DEFAULT_CONF_IPV6 = NGINX_DEFAULT_CONF.replace('listen       80;\n', 'listen       80;\n    listen  [::]:80;\n');

const MIME_TYPES = `
types {
    text/html                                        html htm shtml;
    text/css                                         css;
    text/xml                                         xml;
    image/gif                                        gif;
    image/jpeg                                       jpeg jpg;
    application/javascript                           js;
    text/plain                                       txt;
    image/png                                        png;
    image/svg+xml                                    svg svgz;
    image/x-icon                                     ico;
    application/json                                 json;
    application/pdf                                  pdf;
    application/zip                                  zip;
}
`;

const ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in $(find /docker-entrypoint.d/ -follow -type f | sort -V); do
            case "$f" in
                *.envsh) entrypoint_log "$0: Sourcing $f"; . "$f" ;;
                *.sh) entrypoint_log "$0: Launching $f"; "$f" ;;
                *) entrypoint_log "$0: Ignoring $f" ;;
            esac
        done
        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

const script = (what: string): string => `#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\n# ${what}\n`;

/** The /docker-entrypoint.d scripts, in the order the entrypoint runs them. */
function entrypointScripts(localResolvers: boolean): readonly string[] {
  return [
    '10-listen-on-ipv6-by-default.sh',
    ...(localResolvers ? ['15-local-resolvers.envsh'] : []),
    '20-envsubst-on-templates.sh',
    '30-tune-worker-processes.sh',
  ];
}

const SCRIPT_PURPOSE: Readonly<Record<string, string>> = {
  '10-listen-on-ipv6-by-default.sh': 'Adds "listen [::]:80;" to the packaged default.conf when the host has IPv6.',
  '15-local-resolvers.envsh': 'Exports NGINX_LOCAL_RESOLVERS from /etc/resolv.conf when NGINX_ENTRYPOINT_LOCAL_RESOLVERS is set.',
  '20-envsubst-on-templates.sh': 'Renders /etc/nginx/templates/*.template into /etc/nginx/conf.d with envsubst.',
  '30-tune-worker-processes.sh': 'Sets worker_processes from the cgroup CPU quota when NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE is set.',
};

/** An nginx install: html, configuration, and (1.19+) the entrypoint with its scripts. */
export function nginxFiles(opts: { readonly modern: boolean; readonly localResolvers: boolean }): ImageFiles {
  const html = opts.modern ? { index: NGINX_WELCOME, fifty: fifty(STYLE) } : { index: NGINX_WELCOME_OLD, fifty: fifty(OLD_STYLE) };
  const entry: Record<string, string> = {};
  if (opts.modern) {
    entry['/docker-entrypoint.sh'] = ENTRYPOINT;
    for (const name of entrypointScripts(opts.localResolvers)) entry[`/docker-entrypoint.d/${name}`] = script(SCRIPT_PURPOSE[name]!);
  }
  return {
    '/usr/share/nginx/html/index.html': html.index,
    '/usr/share/nginx/html/50x.html': html.fifty,
    '/etc/nginx/nginx.conf': nginxConf(opts.modern ? 'notice' : 'warn'),
    '/etc/nginx/conf.d/default.conf': NGINX_DEFAULT_CONF,
    '/etc/nginx/mime.types': MIME_TYPES,
    '/etc/nginx/fastcgi_params': 'fastcgi_param  QUERY_STRING       $query_string;\nfastcgi_param  REQUEST_METHOD     $request_method;\n',
    '/etc/nginx/scgi_params': 'scgi_param  REQUEST_METHOD     $request_method;\n',
    '/etc/nginx/uwsgi_params': 'uwsgi_param  QUERY_STRING       $query_string;\n',
    '/var/cache/nginx/': '',
    '/var/log/nginx/access.log': '',
    '/var/log/nginx/error.log': '',
    ...entry,
  };
}
