// The terminal area's words, French first: the tab strip and the terminal shortcuts.

import { defineMessages } from '../i18n.ts';

export const terminalText = defineMessages(
  {
    terminals: 'Terminaux',
    tabTitle: 'Terminal {n}',
    newTab: 'Nouveau terminal (Alt+T)',
    closeTab: 'Fermer le terminal {n} (Alt+W)',
    newTabAction: 'Ouvrir un nouveau terminal',
    closeTabAction: 'Fermer le terminal actif',
    copyAction: 'Copier la sélection',
    pasteAction: 'Coller (plusieurs lignes s’exécutent une à une)',
    completeAction: 'Compléter ; deux fois : lister les possibilités',
    searchAction: 'Rechercher dans l’historique (Ctrl+G annule)',
    historyAction: 'Commande précédente / suivante',
    interruptAction: 'Interrompre la commande (-w, -f, sleep)',
    clearAction: 'Effacer l’écran',
    lineStartEndAction: 'Début / fin de ligne',
    wordMoveAction: 'Mot précédent / suivant',
    killAction: 'Couper jusqu’à la fin / le début de la ligne, le mot précédent',
    yankAction: 'Recoller le dernier texte coupé',
    lastArgAction: 'Insérer le dernier argument de la commande précédente',
  },
  {
    terminals: 'Terminals',
    tabTitle: 'Terminal {n}',
    newTab: 'New terminal (Alt+T)',
    closeTab: 'Close terminal {n} (Alt+W)',
    newTabAction: 'Open a new terminal',
    closeTabAction: 'Close the active terminal',
    copyAction: 'Copy the selection',
    pasteAction: 'Paste (several lines run one by one)',
    completeAction: 'Complete; twice: list the choices',
    searchAction: 'Search the history (Ctrl+G cancels)',
    historyAction: 'Previous / next command',
    interruptAction: 'Stop the command (-w, -f, sleep)',
    clearAction: 'Clear the screen',
    lineStartEndAction: 'Start / end of the line',
    wordMoveAction: 'Previous / next word',
    killAction: 'Cut to the end / the start of the line, the previous word',
    yankAction: 'Paste back the last text cut',
    lastArgAction: 'Insert the last argument of the previous command',
  },
);

export type TerminalTextKey = Parameters<typeof terminalText>[1];

/** A message with `{n}` filled in. */
export function withNumber(text: string, n: number): string {
  return text.replace('{n}', String(n));
}
