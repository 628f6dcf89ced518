// The workbench: the lesson pane on the left, the stage (topology or editor) over the terminals in
// the middle, the inspector or the activity feed on the right. Pane sizes are remembered per browser.

import { lazy, Suspense } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { ActivityPane } from '../activity/ActivityPane.tsx';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { t } from '../i18n.ts';
import { InspectorPane } from '../inspector/InspectorPane.tsx';
import { EditorPane } from '../editor/EditorPane.tsx';
import { LessonPane } from '../lesson/LessonPane.tsx';
import { useLayoutStore } from '../store/layout-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { useFocusPanels } from '../settings/use-focus-panels.ts';
import { TopologyPane } from '../topology/TopologyPane.tsx';
import { BrowserPane } from '../browser/BrowserPane.tsx';
import { ViewTabs } from './ViewTabs.tsx';

// xterm is the largest part of the page: its chunk starts loading at once, beside the Worker's boot,
// but outside the initial bundle.
const terminalModule = import('../terminal/TerminalArea.tsx');
const TerminalArea = lazy(() => terminalModule.then((m) => ({ default: m.TerminalArea })));

export function Workbench({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const stage = useLayoutStore((s) => s.stage);
  const side = useLayoutStore((s) => s.side);
  const columns = useDefaultLayout({ id: 'kubelab-columns', storage: localStorage });
  const middle = useDefaultLayout({ id: 'kubelab-middle', storage: localStorage });
  const focusPanels = useFocusPanels();
  return (
    <Group className="workbench" orientation="horizontal" {...columns}>
      <Panel id="lesson" panelRef={focusPanels.lesson} className="pane" defaultSize="20" minSize="12" collapsible>
        <LessonPane client={client} />
      </Panel>
      <Separator className="pane-separator" />
      <Panel id="middle" minSize="30">
        <Group orientation="vertical" {...middle}>
          <Panel id="stage" panelRef={focusPanels.stage} className="pane" defaultSize="55" minSize="15" collapsible>
            <ViewTabs area="stage" label={t(lang, 'stageViews')} />
            <div className="pane-body" hidden={stage !== 'topology'}><TopologyPane client={client} /></div>
            <div className="pane-body" hidden={stage !== 'editor'}><EditorPane client={client} active={stage === 'editor'} /></div>
            <div className="pane-body" hidden={stage !== 'browser'}><BrowserPane client={client} /></div>
          </Panel>
          <Separator className="pane-separator" />
          <Panel id="terminals" className="pane" defaultSize="45" minSize="15">
            <Suspense fallback={null}>
              <TerminalArea client={client} />
            </Suspense>
          </Panel>
        </Group>
      </Panel>
      <Separator className="pane-separator" />
      <Panel id="side" panelRef={focusPanels.side} className="pane" defaultSize="25" minSize="15" collapsible>
        <ViewTabs area="side" label={t(lang, 'sideViews')} />
        <div className="pane-body" hidden={side !== 'inspector'}><InspectorPane client={client} /></div>
        <div className="pane-body" hidden={side !== 'activity'}><ActivityPane client={client} /></div>
      </Panel>
    </Group>
  );
}
