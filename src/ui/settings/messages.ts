// The display controls' words, French first.

import { defineMessages } from '../i18n.ts';

export const displayText = defineMessages(
  {
    display: 'Affichage',
    fontSize: 'Taille du texte',
    fontSmaller: 'Réduire le texte (Alt+−)',
    fontBigger: 'Agrandir le texte (Alt++)',
    projector: 'Projecteur',
    projectorTitle: 'Mode projecteur : contraste élevé et grands caractères (Maj+Alt+P)',
    layouts: 'Disposition',
    layoutTerminal: 'Terminal',
    layoutTerminalTitle: 'Le terminal seul',
    layoutTopology: 'Topo + terminal',
    layoutTopologyTitle: 'La topologie au-dessus du terminal',
    layoutEverything: 'Tout',
    layoutEverythingTitle: 'Tous les panneaux',
  },
  {
    display: 'Display',
    fontSize: 'Text size',
    fontSmaller: 'Smaller text (Alt+−)',
    fontBigger: 'Larger text (Alt++)',
    projector: 'Projector',
    projectorTitle: 'Projector mode: high contrast and large type (Shift+Alt+P)',
    layouts: 'Layout',
    layoutTerminal: 'Terminal',
    layoutTerminalTitle: 'The terminal alone',
    layoutTopology: 'Topo + terminal',
    layoutTopologyTitle: 'The topology above the terminal',
    layoutEverything: 'All',
    layoutEverythingTitle: 'Every pane',
  },
);
