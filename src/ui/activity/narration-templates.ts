// The narration's words, French then English: a template per actor and action (per `op` where it
// differs) and the phrase each request verb becomes. `{x}` is the entry's parameter x; `{object}` the
// clickable object; `{leKind}`/`{duKind}` the French article and kind ("le Pod", "de l’EndpointSlice").

import type { ActivityKey } from '../../worker/host/api.ts';

/** A sentence, or one per operation (`params.op`). */
export type Template = string | Readonly<Record<string, string>>;

export interface Templates {
  readonly sentences: Readonly<Record<ActivityKey, Template>>;
  /** What a request asks, by `verb` or `verb/subresource`. */
  readonly verbs: Readonly<Record<string, string>>;
  /** `{where}`, when the request names a namespace. */
  readonly inNamespace: string;
  /** `{dryRunNote}`, for a server-side dry run. */
  readonly dryRunNote: string;
  /** `{ipNote}`, when the pod got an address. */
  readonly ipNote: string;
}

export const FR_TEMPLATES: Templates = {
  sentences: {
    'kubectl.request': 'kubectl demande à l’API server de {verb}',
    'kube-apiserver.admit': 'L’API server authentifie, autorise et admet la requête sur {leKind} {object}{dryRunNote}',
    'kube-apiserver.reject': 'L’API server refuse la requête sur {leKind} {object} : {message}',
    'etcd.persist': {
      create: 'etcd enregistre {leKind} {object} (resourceVersion {resourceVersion})',
      update: 'etcd met à jour {leKind} {object} (resourceVersion {resourceVersion})',
      terminate: 'etcd marque {leKind} {object} pour suppression (resourceVersion {resourceVersion})',
      delete: 'etcd supprime {leKind} {object} (resourceVersion {resourceVersion})',
    },
    'kube-scheduler.request': 'Le scheduler demande à l’API server de {verb}',
    'kube-scheduler.filter': 'Le scheduler filtre les nœuds pour le Pod {object} : {feasible} sur {total} conviennent',
    'kube-scheduler.score': 'Le scheduler note les {candidates} nœuds possibles : {node} obtient le meilleur score',
    'kube-scheduler.bind': 'Le scheduler a assigné {object} au nœud {node}',
    'kube-scheduler.unschedulable': 'Le scheduler ne trouve aucun nœud pour le Pod {object} (filtres : {plugins})',
    'kube-scheduler.event': 'Le scheduler signale l’événement {reason} sur {leKind} {object}',
    'kube-controller-manager.request': 'Le contrôleur {detail} demande à l’API server de {verb}',
    'kube-controller-manager.reconcile': 'Le contrôleur {detail} réconcilie {leKind} {object}',
    'kube-controller-manager.event': 'Le contrôleur {detail} signale l’événement {reason} sur {leKind} {object}',
    'kubelet.request': 'Le kubelet de {detail} demande à l’API server de {verb}',
    'kubelet.sandbox': 'Le kubelet de {detail} demande au runtime de créer le sandbox du Pod {object}{ipNote}',
    'kubelet.pull': 'Le kubelet de {detail} demande au runtime de télécharger l’image {image}',
    'kubelet.pulled': 'Le runtime de {detail} a téléchargé l’image {image}',
    'kubelet.present': 'L’image {image} est déjà présente sur {detail}',
    'kubelet.create': 'Le kubelet de {detail} demande au runtime de créer le conteneur {container} du Pod {object}',
    'kubelet.start': 'Le kubelet de {detail} a démarré le conteneur {container} du Pod {object}',
    'kubelet.kill': 'Le kubelet de {detail} arrête le conteneur {container} du Pod {object}',
    'kubelet.fail': 'Échec sur {detail} pour le Pod {object} : {message}',
    'kubelet.backoff': 'Le kubelet de {detail} attend avant de réessayer (back-off) pour le Pod {object} : {message}',
    'kubelet.probe': 'Une sonde échoue pour le Pod {object} sur {detail} : {message}',
    'kubelet.event': 'Le kubelet de {detail} signale l’événement {reason} sur {leKind} {object}',
    'kube-proxy.rules': {
      create: 'kube-proxy programme sur chaque nœud les règles du Service {object}',
      delete: 'kube-proxy retire de chaque nœud les règles du Service {object}',
      endpoints: 'kube-proxy met à jour sur chaque nœud les règles du Service {object} : {endpoints} endpoint(s) prêt(s)',
    },
  },
  verbs: {
    create: 'créer {leKind} {object}',
    update: 'remplacer {leKind} {object}',
    patch: 'modifier {leKind} {object}',
    delete: 'supprimer {leKind} {object}',
    get: 'lire {leKind} {object}',
    list: 'lister les {resource}{where}',
    watch: 'surveiller les {resource}{where}',
    'create/binding': 'enregistrer l’assignation du Pod {object} à un nœud',
    'update/status': 'mettre à jour le statut {duKind} {object}',
    'patch/status': 'mettre à jour le statut {duKind} {object}',
    'update/finalize': 'finaliser le Namespace {object}',
    'get/log': 'lire les journaux du Pod {object}',
    'create/exec': 'exécuter une commande dans le Pod {object}',
  },
  inNamespace: ' du namespace {namespace}',
  dryRunNote: ' (simulation : rien n’est enregistré)',
  ipNote: ' (IP {ip})',
};

export const EN_TEMPLATES: Templates = {
  sentences: {
    'kubectl.request': 'kubectl asks the API server to {verb}',
    'kube-apiserver.admit': 'The API server authenticates, authorizes and admits the request on {kind} {object}{dryRunNote}',
    'kube-apiserver.reject': 'The API server rejects the request on {kind} {object}: {message}',
    'etcd.persist': {
      create: 'etcd stores {kind} {object} (resourceVersion {resourceVersion})',
      update: 'etcd updates {kind} {object} (resourceVersion {resourceVersion})',
      terminate: 'etcd marks {kind} {object} for deletion (resourceVersion {resourceVersion})',
      delete: 'etcd deletes {kind} {object} (resourceVersion {resourceVersion})',
    },
    'kube-scheduler.request': 'The scheduler asks the API server to {verb}',
    'kube-scheduler.filter': 'The scheduler filters the nodes for Pod {object}: {feasible} of {total} fit',
    'kube-scheduler.score': 'The scheduler scores the {candidates} feasible nodes: {node} scores best',
    'kube-scheduler.bind': 'The scheduler bound {object} to node {node}',
    'kube-scheduler.unschedulable': 'The scheduler finds no node for Pod {object} (filters: {plugins})',
    'kube-scheduler.event': 'The scheduler reports event {reason} on {kind} {object}',
    'kube-controller-manager.request': 'The {detail} asks the API server to {verb}',
    'kube-controller-manager.reconcile': 'The {detail} reconciles {kind} {object}',
    'kube-controller-manager.event': 'The {detail} reports event {reason} on {kind} {object}',
    'kubelet.request': 'The kubelet on {detail} asks the API server to {verb}',
    'kubelet.sandbox': 'The kubelet on {detail} asks the runtime to create the sandbox of Pod {object}{ipNote}',
    'kubelet.pull': 'The kubelet on {detail} asks the runtime to pull image {image}',
    'kubelet.pulled': 'The runtime on {detail} pulled image {image}',
    'kubelet.present': 'Image {image} is already present on {detail}',
    'kubelet.create': 'The kubelet on {detail} asks the runtime to create container {container} of Pod {object}',
    'kubelet.start': 'The kubelet on {detail} started container {container} of Pod {object}',
    'kubelet.kill': 'The kubelet on {detail} stops container {container} of Pod {object}',
    'kubelet.fail': 'Failure on {detail} for Pod {object}: {message}',
    'kubelet.backoff': 'The kubelet on {detail} backs off before retrying Pod {object}: {message}',
    'kubelet.probe': 'A probe fails for Pod {object} on {detail}: {message}',
    'kubelet.event': 'The kubelet on {detail} reports event {reason} on {kind} {object}',
    'kube-proxy.rules': {
      create: 'kube-proxy programs the rules of Service {object} on every node',
      delete: 'kube-proxy removes the rules of Service {object} from every node',
      endpoints: 'kube-proxy updates the rules of Service {object} on every node: {endpoints} ready endpoint(s)',
    },
  },
  verbs: {
    create: 'create {kind} {object}',
    update: 'replace {kind} {object}',
    patch: 'patch {kind} {object}',
    delete: 'delete {kind} {object}',
    get: 'read {kind} {object}',
    list: 'list {resource}{where}',
    watch: 'watch {resource}{where}',
    'create/binding': 'record the binding of Pod {object} to a node',
    'update/status': 'update the status of {kind} {object}',
    'patch/status': 'update the status of {kind} {object}',
    'update/finalize': 'finalize Namespace {object}',
    'get/log': 'read the logs of Pod {object}',
    'create/exec': 'run a command in Pod {object}',
  },
  inNamespace: ' in namespace {namespace}',
  dryRunNote: ' (dry run: nothing is stored)',
  ipNote: ' (IP {ip})',
};
