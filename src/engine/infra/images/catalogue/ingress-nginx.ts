// ingress-nginx's images as its v1.11.3 manifests pin them: the controller (Alpine, nginx 1.25.5,
// dumb-init as PID 1) and kube-webhook-certgen v1.4.4 (distroless). Digests are the published index
// digests the manifests name; sizes are stand-ins of the right order.

import { build, repository } from './build.ts';
import { alpineLayer, binaries, DEFAULT_PATH, SCRATCH_LAYER } from './os-layers.ts';

const NGINX_CONF = `# Configuration checksum: 0

# setup custom paths that do not require root access
pid /tmp/nginx/nginx.pid;

daemon off;

worker_processes 2;

worker_rlimit_nofile 1047552;

worker_shutdown_timeout 240s ;

events {
	multi_accept        on;
	worker_connections  16384;
	use                 epoll;
}

http {
	server_tokens off;
	include /etc/nginx/mime.types;
	default_type text/html;
	log_format upstreaminfo '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" $request_length $request_time [$proxy_upstream_name] [$proxy_alternative_upstream_name] $upstream_addr $upstream_response_length $upstream_response_time $upstream_status $req_id';
	access_log /var/log/nginx/access.log upstreaminfo  if=$loggable;
	error_log  /var/log/nginx/error.log notice;
}
`;

export const INGRESS_NGINX_CONTROLLER = repository('registry.k8s.io/ingress-nginx/controller', {
  'v1.11.3': build({
    digest: 'd56f135b6462cfc476447cfe564b83a45e8bb7da2774963b00d12161112270b7', sizeBytes: 105_211_847, version: '1.11.3',
    config: {
      entrypoint: ['/usr/bin/dumb-init', '--'], cmd: ['/nginx-ingress-controller'], user: 'www-data', workingDir: '/etc/nginx',
      env: [DEFAULT_PATH, 'LUA_PATH=/usr/local/share/luajit-2.1/?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/lib/lua/?.lua;;'],
      exposedPorts: ['80/tcp', '443/tcp'],
    },
    shell: 'ash', busybox: true,
    programs: { 'dumb-init': 'tini', 'nginx-ingress-controller': 'ingress-nginx', 'wait-shutdown': 'ingress-nginx', dbg: 'ingress-nginx' },
    files: {
      ...alpineLayer('3.20.3', ['www-data:x:101:101:www-data:/home/www-data:/sbin/nologin']),
      ...binaries('', ['nginx-ingress-controller', 'wait-shutdown', 'dbg']),
      ...binaries('/usr/bin', ['dumb-init', 'nginx']),
      '/etc/nginx/nginx.conf': NGINX_CONF,
      '/etc/ingress-controller/ssl/': '',
      '/var/log/nginx/': '',
      '/tmp/nginx/': '',
    },
  }),
});

export const KUBE_WEBHOOK_CERTGEN = repository('registry.k8s.io/ingress-nginx/kube-webhook-certgen', {
  'v1.4.4': build({
    digest: 'a9f03b34a3cbfbb26d103a14046ab2c5130a80c3d69d526ff8063d2b37b9fd3f', sizeBytes: 26_894_125, version: '1.4.4',
    config: { entrypoint: ['/kube-webhook-certgen'], user: '65532:65532' },
    shell: undefined, programs: { 'kube-webhook-certgen': 'kube-webhook-certgen' },
    files: { ...SCRATCH_LAYER, ...binaries('', ['kube-webhook-certgen']) },
  }),
});
