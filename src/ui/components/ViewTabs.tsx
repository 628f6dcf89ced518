// The tab strip over an area of the workbench: topology/editor over the terminals, inspector/activity
// on the side.

import { t, type MessageKey } from '../i18n.ts';
import { showSide, showStage, useLayoutStore, type SideView, type StageView } from '../store/layout-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

const STAGE_TABS: readonly { view: StageView; label: MessageKey }[] = [
  { view: 'topology', label: 'topology' },
  { view: 'editor', label: 'editor' },
  { view: 'browser', label: 'browser' },
];
const SIDE_TABS: readonly { view: SideView; label: MessageKey }[] = [
  { view: 'inspector', label: 'inspector' },
  { view: 'activity', label: 'activity' },
];

export function ViewTabs({ area, label }: { readonly area: 'stage' | 'side'; readonly label: string }) {
  const lang = useSandboxStore((s) => s.lang);
  const current = useLayoutStore((s) => (area === 'stage' ? s.stage : s.side));
  const tabs = area === 'stage' ? STAGE_TABS : SIDE_TABS;
  const show = (view: StageView | SideView): void => (area === 'stage' ? showStage(view as StageView) : showSide(view as SideView));
  return (
    <div className="view-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <button key={tab.view} type="button" role="tab" className="view-tab" data-testid={`view-${tab.view}`}
          aria-selected={current === tab.view} onClick={() => show(tab.view)}>
          {t(lang, tab.label)}
        </button>
      ))}
    </div>
  );
}
