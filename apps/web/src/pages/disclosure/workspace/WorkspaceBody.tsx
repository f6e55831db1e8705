import type { TDisclosure, TDisclosureTemplate } from "@greenfin/contracts";
import { Card, Tabs } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EvidenceTab } from "./evidence/EvidenceTab";
import { FormTab } from "./form/FormTab";
import { useDraft } from "./form/useDraft";
import { ImportTab } from "./import/ImportTab";
import { ReportsTab } from "./reports/ReportsTab";
import { RevisionsTab } from "./revisions/RevisionsTab";
import { SubmitProblems } from "./SubmitProblems";
import { useWorkflow } from "./useWorkflow";
import type { Workspace, WorkspaceTab } from "./useWorkspace";
import { WorkflowActions } from "./WorkflowActions";
import { WorkspaceHeader } from "./WorkspaceHeader";

/** The workspace once the disclosure and its template are loaded. */
export function WorkspaceBody({
  ws,
  disclosure,
  template,
}: {
  ws: Workspace;
  disclosure: TDisclosure;
  template: TDisclosureTemplate;
}) {
  const { t } = useTranslation();
  const draft = useDraft(disclosure, template, ws.setProblems);
  const flow = useWorkflow(ws);

  const body: Record<WorkspaceTab, () => ReactNode> = {
    form: () => (
      <FormTab
        disclosure={disclosure}
        template={template}
        draft={draft}
        problems={ws.problems}
        readOnly={!ws.editable}
        reviewing={ws.reviewing}
        comments={ws.comments}
        onComment={ws.setComment}
      />
    ),
    import: () => <ImportTab disclosureId={disclosure.id} year={disclosure.period.year} editable={ws.editable} />,
    evidence: () => <EvidenceTab disclosureId={disclosure.id} template={template} editable={ws.editable} />,
    revisions: () => <RevisionsTab disclosure={disclosure} template={template} />,
    reports: () => <ReportsTab disclosure={disclosure} />,
  };

  return (
    <div data-testid="page-disclosure-workspace">
      <WorkspaceHeader
        disclosure={disclosure}
        template={template}
        actions={
          <WorkflowActions
            disclosure={disclosure}
            editable={ws.editable}
            isReviewer={ws.isReviewer}
            unsaved={draft.changed}
            comments={ws.comments}
            flow={flow}
          />
        }
      />
      <SubmitProblems problems={flow.submitProblems} onClose={() => flow.setSubmitProblems([])} />
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={ws.tab}
          onChange={(k) => ws.setTab(k as WorkspaceTab)}
          items={ws.tabs.map((k) => ({
            key: k,
            label: (
              <span data-testid={`tab-${k}`}>
                {k === "form" && !ws.editable
                  ? t("disclosure.workspace.tabs.data")
                  : t(`disclosure.workspace.tabs.${k}`)}
              </span>
            ),
            children: body[k](),
          }))}
        />
      </Card>
    </div>
  );
}
