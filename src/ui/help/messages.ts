// The help overlay's words, French first: its frame, its sections and what each shortcut does.

import { defineMessages, type Lang } from '../i18n.ts';

export const helpText = defineMessages(
  {
    help: 'Aide',
    helpTitle: 'Raccourcis clavier (? ou F1)',
    title: 'Raccourcis clavier',
    close: 'Fermer',
    keys: 'Touches',
    action: 'Action',
    sectionTerminal: 'Terminal',
    sectionClock: 'Horloge virtuelle',
    sectionDisplay: 'Affichage',
    sectionHelp: 'Aide',
    pauseResume: 'Mettre en pause ou reprendre le temps virtuel',
    stepOne: 'Avancer l’horloge d’une seconde',
    stepTen: 'Avancer l’horloge de dix secondes',
    fontBigger: 'Agrandir le texte',
    fontSmaller: 'Réduire le texte',
    projector: 'Mode projecteur (contraste élevé, grands caractères)',
    openHelpOutside: 'Ouvrir cette aide (hors du terminal et de l’éditeur)',
    openHelpAnywhere: 'Ouvrir cette aide (partout, sauf dans l’éditeur)',
    closeHelp: 'Fermer cette aide',
  },
  {
    help: 'Help',
    helpTitle: 'Keyboard shortcuts (? or F1)',
    title: 'Keyboard shortcuts',
    close: 'Close',
    keys: 'Keys',
    action: 'Action',
    sectionTerminal: 'Terminal',
    sectionClock: 'Virtual clock',
    sectionDisplay: 'Display',
    sectionHelp: 'Help',
    pauseResume: 'Pause or resume virtual time',
    stepOne: 'Step the clock one second',
    stepTen: 'Step the clock ten seconds',
    fontBigger: 'Larger text',
    fontSmaller: 'Smaller text',
    projector: 'Projector mode (high contrast, large type)',
    openHelpOutside: 'Open this help (outside the terminal and the editor)',
    openHelpAnywhere: 'Open this help (anywhere but in the editor)',
    closeHelp: 'Close this help',
  },
);

export type HelpKey = Parameters<typeof helpText>[1];

const FRENCH_KEY_NAMES: Readonly<Record<string, string>> = { Shift: 'Maj', Esc: 'Échap', Ctrl: 'Ctrl' };

/** A key's name as printed on the student's keyboard (French keyboards say Maj and Échap). */
export function keyName(lang: Lang, key: string): string {
  return lang === 'fr' ? (FRENCH_KEY_NAMES[key] ?? key) : key;
}
