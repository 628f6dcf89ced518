// The browser pane's words, French first.

import { defineMessages } from '../i18n.ts';

const FR = {
  title: 'Navigateur du poste de travail',
  address: 'Adresse',
  go: 'Ouvrir',
  reload: 'Recharger',
  hostHeader: 'En-tête Host',
  hostPlaceholder: '(celui de l’adresse)',
  forwards: 'Ports redirigés (kubectl port-forward)',
  noForwards: 'Aucun. Lancez par exemple « kubectl port-forward svc/web 8080:80 » dans un terminal.',
  forwardTo: '→ {pod}:{port}',
  rendered: 'Page',
  source: 'Source',
  headers: 'En-têtes',
  empty: 'Ouvrez une adresse vue depuis le poste de travail : un NodePort (http://192.168.56.12:31008), un Ingress, ou un port redirigé (http://localhost:8080).',
  badUrl: 'Adresse invalide : {url}',
  unresolved: 'Impossible de résoudre « {host} » (ajoutez-le à /etc/hosts du poste de travail ?).',
  timeout: 'Le serveur {host} ne répond pas (délai dépassé).',
  refused: 'Connexion refusée par {host}.',
  unreachable: 'Hôte {host} injoignable.',
  frameTitle: 'Page servie par le cluster (sans scripts)',
  scriptsOff: 'Les scripts et les liens de la page sont désactivés.',
} as const;

type Key = keyof typeof FR;

export const tb = defineMessages<Key>(FR, {
  title: 'Workstation browser',
  address: 'Address',
  go: 'Open',
  reload: 'Reload',
  hostHeader: 'Host header',
  hostPlaceholder: '(the address’s)',
  forwards: 'Forwarded ports (kubectl port-forward)',
  noForwards: 'None. Run for example “kubectl port-forward svc/web 8080:80” in a terminal.',
  forwardTo: '→ {pod}:{port}',
  rendered: 'Page',
  source: 'Source',
  headers: 'Headers',
  empty: 'Open an address as seen from the workstation: a NodePort (http://192.168.56.12:31008), an Ingress, or a forwarded port (http://localhost:8080).',
  badUrl: 'Invalid address: {url}',
  unresolved: 'Cannot resolve “{host}” (add it to the workstation’s /etc/hosts?).',
  timeout: 'The server {host} does not answer (timed out).',
  refused: 'Connection refused by {host}.',
  unreachable: 'Host {host} is unreachable.',
  frameTitle: 'Page served by the cluster (no scripts)',
  scriptsOff: 'The page’s scripts and links are off.',
});

export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
