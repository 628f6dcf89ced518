// A one-field form for a file name (new file, rename): Enter submits, Escape cancels.

import { useState } from 'react';
import type { Lang } from '../i18n.ts';
import { editorText } from './messages.ts';

export function NameForm({ lang, initial, submitLabel, onSubmit, onCancel }: {
  readonly lang: Lang;
  readonly initial: string;
  readonly submitLabel: string;
  readonly onSubmit: (name: string) => Promise<boolean>;
  readonly onCancel: () => void;
}) {
  const [name, setName] = useState(initial);
  return (
    <form className="name-form" onSubmit={(e) => {
      e.preventDefault();
      void onSubmit(name).then((done) => done && onCancel());
    }}>
      <input className="text-input" aria-label={editorText(lang, 'fileName')} value={name} autoFocus data-testid="file-name"
        onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && onCancel()} />
      <button type="submit" className="control">{submitLabel}</button>
      <button type="button" className="control" onClick={onCancel}>{editorText(lang, 'cancel')}</button>
    </form>
  );
}
