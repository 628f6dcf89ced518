// The topology's words, French first.

import { defineMessages } from '../i18n.ts';

const FR = {
  topology: 'Topologie du cluster',
  search: 'Rechercher',
  searchPlaceholder: 'Rechercher un nom…',
  matches: '{n} trouvé(s)',
  noMatch: 'Aucun résultat',
  namespace: 'Espace de noms',
  allNamespaces: 'Tous les espaces de noms',
  fit: 'Tout voir',
  fitTitle: 'Recadrer pour voir tout le cluster',
  legend: 'Légende des statuts',
  loading: 'Chargement de la topologie…',
  unscheduled: 'Non planifiés (Pending)',
  objects: 'Objets affichés',
  summary: '{nodes} nœud(s), {pods} pod(s), {services} service(s)',
  pending: 'En attente',
  creating: 'Création',
  running: 'Prêt',
  notReady: 'Pas prêt',
  failing: 'En échec',
  completed: 'Terminé',
  terminating: 'Suppression',
  unknown: 'Inconnu',
  node: 'Nœud',
  status: 'Statut',
  ready: 'Prêt',
  restarts: 'Redémarrages',
  ownedBy: 'Propriétaires',
  roles: 'Rôles',
  taints: 'Teintes (taints)',
  endpoints: 'Pods servis',
  backends: 'Services',
  canvasHelp: 'Molette : zoom · glisser : déplacer · clic : inspecter',
} as const;

const EN: Readonly<Record<keyof typeof FR, string>> = {
  topology: 'Cluster topology',
  search: 'Search',
  searchPlaceholder: 'Search a name…',
  matches: '{n} found',
  noMatch: 'No match',
  namespace: 'Namespace',
  allNamespaces: 'All namespaces',
  fit: 'Fit',
  fitTitle: 'Zoom to show the whole cluster',
  legend: 'Status legend',
  loading: 'Loading the topology…',
  unscheduled: 'Unscheduled (Pending)',
  objects: 'Objects shown',
  summary: '{nodes} node(s), {pods} pod(s), {services} service(s)',
  pending: 'Pending',
  creating: 'Creating',
  running: 'Ready',
  notReady: 'Not ready',
  failing: 'Failing',
  completed: 'Completed',
  terminating: 'Terminating',
  unknown: 'Unknown',
  node: 'Node',
  status: 'Status',
  ready: 'Ready',
  restarts: 'Restarts',
  ownedBy: 'Owners',
  roles: 'Roles',
  taints: 'Taints',
  endpoints: 'Endpoint pods',
  backends: 'Services',
  canvasHelp: 'Wheel: zoom · drag: pan · click: inspect',
};

export const tt = defineMessages(FR, EN);
export type TopologyMessage = keyof typeof FR;

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
