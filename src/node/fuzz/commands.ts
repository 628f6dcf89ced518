// Command lines for the fuzzer: kubectl verbs, resources, names and flags drawn from what students
// type (valid, misspelt and hostile), the workstation's shell syntax around them, and files written
// by here-documents for `-f`.

import { manifestText } from './manifests.ts';
import type { Picker } from './pick.ts';

const VERBS = [
  'get', 'get', 'get', 'describe', 'delete', 'create', 'apply', 'replace', 'edit', 'logs', 'exec', 'run', 'expose',
  'scale', 'label', 'annotate', 'patch', 'rollout', 'set', 'taint', 'top', 'explain', 'api-resources', 'config',
  'events', 'diff', 'version', 'cluster-info', 'cp', 'port-forward', 'auth', 'cordon', 'uncordon', 'drain', 'wait', 'frobnicate', '',
];
const RESOURCES = [
  'pods', 'po', 'pod', 'deploy', 'deployments.apps', 'svc', 'rs', 'sts', 'ds', 'jobs', 'cj', 'cm', 'secret', 'ns', 'no', 'nodes',
  'pv', 'pvc', 'sc', 'ing', 'ingressclass', 'netpol', 'sa', 'roles', 'rolebindings', 'clusterroles', 'ep', 'endpointslices',
  'events', 'all', 'foo', 'pods,svc', 'deploy/web', 'pod/web', '',
];
const NAMES = ['web', 'api', 'nginx', 'db', 'web-0', 'k8s-worker-1', 'kube-dns', 'coredns', 'UPPER', '-bad', 'a..b', 'x'.repeat(260), 'café', '*', '""', "''", '$(echo x)', '${HOME}'];
const FLAGS = [
  '-o yaml', '-o json', '-o wide', '-o name', '-o jsonpath={.items[*].metadata.name}', "-o jsonpath='{.spec'", '-o custom-columns=NAME:.metadata.name',
  '-o garbage', '-n default', '-n kube-system', '-n missing', '-n', '-A', '--all-namespaces', '-l app=web', "-l 'app in (a,b)'", '-l !!!',
  '--show-labels', '--image=nginx', '--image=', '--replicas=3', '--replicas=-1', '--replicas=abc', '--port=80', '--port=99999',
  '--dry-run=client', '--dry-run=server', '--dry-run=maybe', '--grace-period=0', '--force', '--frobnicate', '-it', '--', '--selector=app=web',
  '--type=NodePort', '--target-port=8080', '--to-revision=99', '--record', '--sort-by=.metadata.name', '--sort-by=.nope',
  '--field-selector=status.phase=Running', '--field-selector=bogus=1', '--from-literal=a=b', '--from-literal=bad', '--ignore-daemonsets',
  '--timeout=1s', '--pod-running-timeout=1s', '-c nope', '--tail=2', '--previous', '-p', '--since=1s', '--overwrite', '--local',
];
const SHELL_TAILS = ['', '', '', ' | grep web', ' | head -3', ' | wc -l', ' > out.txt', ' 2>&1', ' && echo ok', ' || echo failed', '; echo $?', ' | sort | uniq'];
const OTHER = [
  'ls -la', 'cat out.txt', 'cat missing.txt', 'echo "unterminated', "echo 'also", 'echo $((1/0))', 'cd /nowhere', 'cd ..', 'cd ~', 'pwd',
  'export KUBECONFIG=/nowhere', 'unset KUBECONFIG', 'history | tail -2', 'sleep 1', 'sleep 0.5 && echo done', 'true && false', '(echo sub)',
  'echo ${X:-default}', 'echo $(kubectl get ns -o name | head -1)', 'jobs', 'kill %1', 'base64 -d <<< aGk=', 'grep -r web .', 'rm -f out.txt',
  'mkdir -p d/e && ls d', 'touch "a b"', 'which kubectl', 'type cd', 'date', 'env | grep HOME', 'nosuchcommand', '\\', '|', ';;', '&&', ')', 'if',
];

const IMAGES = ['nginx', 'nginx:1.27', 'busybox', 'redis', 'nope:0', 'NGINX', ''];
/** Commands as students type them, with a name or a value now and then wrong. */
const TEMPLATES: ReadonlyArray<(p: Picker, n: string) => string> = [
  (p, n) => `kubectl create deployment ${n} --image=${p.one(IMAGES)} --replicas=${p.one(['1', '3', '0', '-2', 'x'])}`,
  (p, n) => `kubectl expose deployment ${n} --port=${p.one(['80', '8080', '0'])} --type=${p.one(['NodePort', 'ClusterIP', 'Bogus'])}`,
  (p, n) => `kubectl scale deploy ${n} --replicas=${p.one(['0', '2', '5', '-1'])}`,
  (p, n) => `kubectl run ${n} --image=${p.one(IMAGES)}${p.one(['', ' --restart=Never', ' -- sleep 3600', ' --port=80'])}`,
  (p, n) => `kubectl delete ${p.one(['pod', 'deploy', 'svc', 'ns', 'cm'])} ${n}${p.one(['', ' --grace-period=0 --force', ' --wait=false'])}`,
  (p, n) => `kubectl set image deploy/${n} ${p.one(['nginx', n, '*'])}=${p.one(IMAGES)}`,
  (p, n) => `kubectl rollout ${p.one(['status', 'history', 'undo', 'restart', 'pause', 'resume'])} deploy/${n}${p.one(['', ' --timeout=2s', ' --to-revision=1'])}`,
  (p, n) => `kubectl label ${p.one(['pod', 'deploy', 'node'])} ${n} ${p.one(['tier=front', 'app-', 'bad key=x', 'a=b --overwrite'])}`,
  (p, n) => `kubectl exec ${n} -- ${p.one(['ls /', 'cat /etc/hostname', 'sh -c "echo $HOSTNAME"', 'nosuch'])}`,
  (p, n) => `kubectl logs ${n}${p.one(['', ' --tail=1', ' -c nope', ' --previous'])}`,
  (p, n) => `kubectl create ${p.one(['ns', 'namespace'])} ${n}`,
  (p, n) => `kubectl create configmap ${n} --from-literal=${p.one(['a=b', 'bad', 'k=v --from-literal=k=w'])}`,
  (p, n) => `kubectl create secret generic ${n} --from-literal=password=${p.one(['s3cret', ''])}`,
  (p) => `kubectl taint node ${p.one(['k8s-worker-1', 'k8s-master-1', 'nope'])} ${p.one(['key=value:NoSchedule', 'key=value:NoExecute', 'key-', 'bad'])}`,
  (p) => `kubectl ${p.one(['cordon', 'uncordon', 'drain --ignore-daemonsets --timeout=5s', 'drain'])} ${p.one(['k8s-worker-1', 'k8s-worker-2', 'nope'])}`,
  (p, n) => `kubectl get ${p.one(RESOURCES)} ${p.chance(0.5) ? n : ''} ${p.one(['', '-o wide', '-o yaml', '-o name', '-A', '--show-labels'])}`,
  (p, n) => `kubectl describe ${p.one(['pod', 'deploy', 'svc', 'node', 'ns', 'ing'])} ${n}`,
  (p, n) => `kubectl patch deploy ${n} -p '${p.one(['{"spec":{"replicas":2}}', '{"spec":', '{"metadata":{"labels":{"a":"b"}}}', '[]'])}'${p.one(['', ' --type=json', ' --type=merge'])}`,
  (p, n) => `kubectl annotate pod ${n} note=${p.one(['hi', '"x y"', ''])}`,
  (p, n) => `kubectl port-forward ${p.one(['pod', 'svc', 'deploy'])}/${n} ${p.one(['8080:80', ':80', '80', 'abc'])} &`,
];

/** One command line (or a here-document writing a manifest, then its use). */
export function commandLine(p: Picker, files: string[]): string {
  const r = p.int(100);
  if (r < 12) {
    const file = `f${p.int(4)}.yaml`;
    if (!files.includes(file)) files.push(file);
    return `cat > ${file} <<'KUBELAB_FUZZ_EOF'\n${manifestText(p).replace(/\nKUBELAB_FUZZ_EOF/g, '\n_')}\nKUBELAB_FUZZ_EOF`;
  }
  if (r < 24 && files.length > 0) {
    return `kubectl ${p.one(['apply', 'create', 'replace', 'delete', 'diff', 'apply --dry-run=server', 'get'])} -f ${p.one(files)}${p.one(SHELL_TAILS)}`;
  }
  if (r < 32) return p.one(OTHER);
  if (r < 36) return p.garbage(p.chance(0.1) ? 3000 : 60);
  if (r < 75) return `${p.one(TEMPLATES)(p, p.chance(0.8) ? p.one(['web', 'api', 'db']) : p.one(NAMES))}${p.one(SHELL_TAILS)}`;
  const words = ['kubectl', p.one(VERBS)];
  if (p.chance(0.85)) words.push(p.one(RESOURCES));
  if (p.chance(0.6)) words.push(p.one(NAMES));
  words.push(...p.some(FLAGS, 3));
  if (p.chance(0.05)) words.push('&');
  return `${words.filter((w) => w !== '').join(' ')}${p.one(SHELL_TAILS)}`;
}
