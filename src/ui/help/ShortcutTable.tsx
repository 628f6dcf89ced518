// One section of the help overlay: a table of keys and what they do, in the chosen language.

import { Fragment } from 'react';
import type { Lang } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { keyChords } from './help-keys.ts';
import { helpText, keyName } from './messages.ts';
import type { ShortcutSection } from './shortcut-sections.ts';

export function ShortcutTable({ section }: { readonly section: ShortcutSection }) {
  const lang = useSandboxStore((s) => s.lang);
  return (
    <table className="shortcut-table">
      <caption>{helpText(lang, section.title)}</caption>
      <thead>
        <tr><th scope="col">{helpText(lang, 'keys')}</th><th scope="col">{helpText(lang, 'action')}</th></tr>
      </thead>
      <tbody>
        {section.rows.map((row) => (
          <tr key={row.keys}>
            <td className="shortcut-keys"><Keys lang={lang} keys={row.keys} /></td>
            <td>{row.does(lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Keys({ lang, keys }: { readonly lang: Lang; readonly keys: string }) {
  return keyChords(keys).map((chord, alternative) => (
    <Fragment key={alternative}>
      {alternative > 0 && ' / '}
      <span className="key-chord">
        {chord.map((key, index) => <Fragment key={index}>{index > 0 && '+'}<kbd>{keyName(lang, key)}</kbd></Fragment>)}
      </span>
    </Fragment>
  ));
}
