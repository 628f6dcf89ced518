// The UI's words, French first, English second. Components ask for a key; nothing else holds text.
// The shell's words live here; each feature keeps its own in a `messages.ts` made with `defineMessages`,
// whose English side must have exactly the French keys (the compiler checks).

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

const FR = {
  pause: 'Pause',
  resume: 'Reprendre',
  speed: 'Vitesse',
  clockControls: 'Horloge virtuelle',
  virtualTime: 'Heure virtuelle (UTC)',
  paused: 'en pause',
  starting: 'Démarrage du cluster…',
  failed: 'Le bac à sable s’est arrêté :',
  terminal: 'Terminal',
  otherLanguage: 'English',
  otherLanguageTitle: 'Switch to English',
  stageViews: 'Vues principales',
  sideViews: 'Vues latérales',
  topology: 'Topologie',
  editor: 'Éditeur',
  browser: 'Navigateur',
  inspector: 'Inspecteur',
  activity: 'Activité',
  lesson: 'Leçon',
  step: 'Avancer l’horloge',
  stepOneTitle: 'Avancer d’une seconde (Alt+→)',
  stepTenTitle: 'Avancer de dix secondes (Maj+Alt+→)',
} as const;

export type MessageKey = keyof typeof FR;

const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  fr: FR,
  en: {
    pause: 'Pause',
    resume: 'Resume',
    speed: 'Speed',
    clockControls: 'Virtual clock',
    virtualTime: 'Virtual time (UTC)',
    paused: 'paused',
    starting: 'Starting the cluster…',
    failed: 'The sandbox stopped:',
    terminal: 'Terminal',
    otherLanguage: 'Français',
    otherLanguageTitle: 'Passer en français',
    stageViews: 'Main views',
    sideViews: 'Side views',
    topology: 'Topology',
    editor: 'Editor',
    browser: 'Browser',
    inspector: 'Inspector',
    activity: 'Activity',
    lesson: 'Lesson',
    step: 'Step the clock',
    stepOneTitle: 'Step one second (Alt+→)',
    stepTenTitle: 'Step ten seconds (Shift+Alt+→)',
  },
};

export function t(lang: Lang, key: MessageKey): string {
  return MESSAGES[lang][key];
}

/** A feature's dictionary: French first; returns its own `t`. */
export function defineMessages<K extends string>(fr: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): (lang: Lang, key: K) => string {
  return (lang, key) => (lang === 'fr' ? fr : en)[key];
}

export function isLang(value: string | null): value is Lang {
  return (LANGS as readonly (string | null)[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}
