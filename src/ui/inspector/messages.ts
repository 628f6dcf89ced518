// The inspector's words, French first.

import { defineMessages } from '../i18n.ts';

const FR = {
  inspector: 'Inspecteur',
  nothingSelected: 'Rien n’est sélectionné. Cliquez sur un nœud, un pod ou un service dans la topologie.',
  close: 'Fermer',
  views: 'Vues de l’objet',
  yaml: 'YAML',
  describe: 'Describe',
  events: 'Événements',
  logs: 'Journaux',
  container: 'Conteneur',
  loading: 'Chargement…',
  why: 'Pourquoi ce pod est-il Pending ?',
  noAttempt: 'Le planificateur n’a pas encore essayé de placer ce pod.',
  attempt: 'Tentative n° {n} : {feasible} nœud(s) possible(s) sur {total}.',
  node: 'Nœud',
  verdict: 'Verdict',
  plugin: 'Plugin',
  reason: 'Raison',
  rejected: 'Rejeté',
  feasible: 'Possible',
  chosen: 'Choisi',
  beforeNodes: 'Avant tout nœud',
} as const;

const EN: Readonly<Record<keyof typeof FR, string>> = {
  inspector: 'Inspector',
  nothingSelected: 'Nothing is selected. Click a node, pod or Service in the topology.',
  close: 'Close',
  views: 'Object views',
  yaml: 'YAML',
  describe: 'Describe',
  events: 'Events',
  logs: 'Logs',
  container: 'Container',
  loading: 'Loading…',
  why: 'Why is this pod Pending?',
  noAttempt: 'The scheduler has not tried to place this pod yet.',
  attempt: 'Attempt #{n}: {feasible} of {total} node(s) feasible.',
  node: 'Node',
  verdict: 'Verdict',
  plugin: 'Plugin',
  reason: 'Reason',
  rejected: 'Rejected',
  feasible: 'Feasible',
  chosen: 'Chosen',
  beforeNodes: 'Before any node',
};

export const ti = defineMessages(FR, EN);
