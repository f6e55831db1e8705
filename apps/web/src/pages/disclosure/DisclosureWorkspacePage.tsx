import { Spin } from "antd";
import { useParams } from "react-router-dom";
import { LoadError } from "../../components/LoadError";
import { useWorkspace } from "./workspace/useWorkspace";
import { WorkspaceBody } from "./workspace/WorkspaceBody";
import "./shared/disclosure.css";

/** /disclosure/:id — the filer's workspace, the reviewer's review, a grantee's read-only view. */
export default function DisclosureWorkspacePage() {
  // A fresh workspace (edits, problems, comments) for each disclosure.
  const { id } = useParams();
  return <Workspace key={id} />;
}

function Workspace() {
  const ws = useWorkspace();
  const error = ws.disclosure.error ?? ws.template.error;
  if (error)
    return (
      <LoadError
        error={error}
        onRetry={() => {
          void ws.disclosure.refetch();
          void ws.template.refetch();
        }}
      />
    );
  if (!ws.disclosure.data || !ws.template.data)
    return (
      <div style={{ padding: 80, textAlign: "center" }}>
        <Spin />
      </div>
    );
  return <WorkspaceBody ws={ws} disclosure={ws.disclosure.data} template={ws.template.data} />;
}
