// What a failing (or passing) check says, in the lesson's language: expected against found, with
// the names the student typed. One catalogue per language, the same functions in each.

import { stableStringify } from '../engine/index.ts';
import type { Expectation, Lang, ObjectRef } from './types.ts';

export interface Catalogue {
  missing: string;
  notFound(ref: string): string;
  found(ref: string): string;
  value(where: string, found: string, expected: string): string;
  count(what: string, found: number, expected: string): string;
  noPods(selector: string, min: number): string;
  wrongNode(pod: string, node: string, expected: string): string;
  nodeLabels(pod: string, node: string, selector: string): string;
  sharedNode(a: string, b: string, node: string): string;
  placed(selector: string): string;
  unscheduled(pod: string): string;
  noEvent(reason: string): string;
  event(reason: string, message: string): string;
  noCommand(command: string): string;
  command(line: string): string;
  noFile(path: string): string;
  notYaml(path: string, reason: string): string;
  file(path: string): string;
  unanswered(id: string): string;
  wrongAnswer(id: string): string;
  rightAnswer(id: string): string;
  noneOf(details: readonly string[]): string;
  shouldNot(detail: string): string;
  expectation(e: Expectation): string;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : stableStringify(value);
}

const FR: Catalogue = {
  missing: '(absent)',
  notFound: (ref) => `${ref} introuvable.`,
  found: (ref) => `${ref} existe.`,
  value: (where, found, expected) => `${where} : trouvé ${found}, attendu ${expected}.`,
  count: (what, found, expected) => `${what} : ${found} trouvé(s), attendu ${expected}.`,
  noPods: (selector, min) => `Pods « ${selector} » planifiés : moins de ${min}.`,
  wrongNode: (pod, node, expected) => `Le Pod « ${pod} » est sur ${node}, attendu : ${expected}.`,
  nodeLabels: (pod, node, selector) => `Le Pod « ${pod} » est sur ${node}, dont les labels ne satisfont pas « ${selector} ».`,
  sharedNode: (a, b, node) => `Les Pods « ${a} » et « ${b} » sont sur le même nœud (${node}).`,
  placed: (selector) => `Les Pods « ${selector} » sont placés comme attendu.`,
  unscheduled: (pod) => `Le Pod « ${pod} » n'est planifié sur aucun nœud.`,
  noEvent: (reason) => `Aucun événement « ${reason} » depuis le début de l'étape.`,
  event: (reason, message) => `Événement « ${reason} » : ${message}`,
  noCommand: (command) => `La commande « ${command} » n'a pas été lancée pendant cette étape.`,
  command: (line) => `Commande lancée : ${line}`,
  noFile: (path) => `Fichier « ${path} » introuvable.`,
  notYaml: (path, reason) => `Le fichier « ${path} » n'est pas un YAML valide : ${reason}`,
  file: (path) => `Fichier « ${path} » présent.`,
  unanswered: (id) => `Question « ${id} » : pas encore de réponse.`,
  wrongAnswer: (id) => `Question « ${id} » : la réponse n'est pas la bonne.`,
  rightAnswer: (id) => `Question « ${id} » : bonne réponse.`,
  noneOf: (details) => `Aucune des possibilités n'est remplie : ${details.join(' | ')}`,
  shouldNot: (detail) => `Ceci ne devrait pas être vrai : ${detail}`,
  expectation: (e) => {
    switch (e.op) {
      case 'eq': return show(e.value);
      case 'ne': return `autre chose que ${show(e.value)}`;
      case 'gt': return `> ${e.value}`;
      case 'gte': return `≥ ${e.value}`;
      case 'lt': return `< ${e.value}`;
      case 'lte': return `≤ ${e.value}`;
      case 'matches': return `une valeur qui corresponde à /${e.value}/`;
      case 'in': return `l'une de : ${e.value.map(show).join(', ')}`;
      case 'contains': return `une valeur contenant ${show(e.value)}`;
      case 'exists': return e.value ? 'une valeur' : 'aucune valeur';
    }
  },
};

const EN: Catalogue = {
  missing: '(missing)',
  notFound: (ref) => `${ref} not found.`,
  found: (ref) => `${ref} exists.`,
  value: (where, found, expected) => `${where}: found ${found}, expected ${expected}.`,
  count: (what, found, expected) => `${what}: found ${found}, expected ${expected}.`,
  noPods: (selector, min) => `Scheduled pods "${selector}": fewer than ${min}.`,
  wrongNode: (pod, node, expected) => `Pod "${pod}" is on ${node}, expected: ${expected}.`,
  nodeLabels: (pod, node, selector) => `Pod "${pod}" is on ${node}, whose labels do not satisfy "${selector}".`,
  sharedNode: (a, b, node) => `Pods "${a}" and "${b}" share a node (${node}).`,
  placed: (selector) => `Pods "${selector}" are placed as expected.`,
  unscheduled: (pod) => `Pod "${pod}" is not scheduled on any node.`,
  noEvent: (reason) => `No "${reason}" event since the step began.`,
  event: (reason, message) => `Event "${reason}": ${message}`,
  noCommand: (command) => `The command "${command}" was not run during this step.`,
  command: (line) => `Command run: ${line}`,
  noFile: (path) => `File "${path}" not found.`,
  notYaml: (path, reason) => `The file "${path}" is not valid YAML: ${reason}`,
  file: (path) => `File "${path}" is there.`,
  unanswered: (id) => `Question "${id}": not answered yet.`,
  wrongAnswer: (id) => `Question "${id}": that is not the right answer.`,
  rightAnswer: (id) => `Question "${id}": right answer.`,
  noneOf: (details) => `None of the possibilities holds: ${details.join(' | ')}`,
  shouldNot: (detail) => `This should not be true: ${detail}`,
  expectation: (e) => {
    switch (e.op) {
      case 'eq': return show(e.value);
      case 'ne': return `anything but ${show(e.value)}`;
      case 'gt': return `> ${e.value}`;
      case 'gte': return `≥ ${e.value}`;
      case 'lt': return `< ${e.value}`;
      case 'lte': return `≤ ${e.value}`;
      case 'matches': return `a value matching /${e.value}/`;
      case 'in': return `one of: ${e.value.map(show).join(', ')}`;
      case 'contains': return `a value containing ${show(e.value)}`;
      case 'exists': return e.value ? 'a value' : 'no value';
    }
  },
};

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { fr: FR, en: EN };

export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** A found value as a message shows it. */
export function shown(value: unknown, t: Catalogue): string {
  return value === undefined ? t.missing : show(value);
}

/** `Deployment "frontend"` (namespace too when not `default`), quoted as the language quotes. */
export function objectName(ref: ObjectRef, lang: Lang): string {
  const ns = ref.namespace !== undefined && ref.namespace !== 'default' ? ` (namespace ${ref.namespace})` : '';
  return lang === 'fr' ? `${ref.kind} « ${ref.name} »${ns}` : `${ref.kind} "${ref.name}"${ns}`;
}
