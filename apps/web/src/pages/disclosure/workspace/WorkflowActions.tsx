import { CheckOutlined, PlayCircleOutlined, RollbackOutlined, SendOutlined, SoundOutlined } from "@ant-design/icons";
import type { TDisclosure } from "@greenfin/contracts";
import { Button, Popconfirm, Space, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { DecisionModal } from "./DecisionModal";
import type { Workflow } from "./useWorkflow";

interface Props {
  disclosure: TDisclosure;
  editable: boolean;
  isReviewer: boolean;
  unsaved: number;
  comments: Readonly<Record<string, string>>;
  flow: Workflow;
}

/** The buttons of the disclosure's life: the filer submits and publishes, the reviewer starts, returns, accepts. */
export function WorkflowActions({ disclosure: d, editable, isReviewer, unsaved, comments, flow }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const [deciding, setDeciding] = useState<"returned" | "accepted" | null>(null);

  const owner = d.access === "owner";
  const canPublish = owner && d.status === "accepted" && session.role === "admin";
  const decidable = isReviewer && (d.status === "submitted" || d.status === "in_review");

  return (
    <Space wrap>
      {owner && editable && (
        <Tooltip title={unsaved > 0 ? t("disclosure.workflow.saveFirst", { count: unsaved }) : undefined}>
          <Popconfirm
            title={t("disclosure.workflow.submitConfirm")}
            description={t("disclosure.workflow.submitConfirmHint")}
            onConfirm={() => flow.submit.mutateAsync().catch(() => undefined)}
            okButtonProps={{ "data-testid": "submit-confirm" }}
            disabled={unsaved > 0}
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={flow.submit.isPending}
              disabled={unsaved > 0}
              data-testid="submit-disclosure"
            >
              {d.status === "returned" ? t("disclosure.workflow.resubmit") : t("disclosure.workflow.submit")}
            </Button>
          </Popconfirm>
        </Tooltip>
      )}
      {canPublish && (
        <Popconfirm
          title={t("disclosure.workflow.publishConfirm")}
          onConfirm={() => flow.publish.mutateAsync().catch(() => undefined)}
          okButtonProps={{ "data-testid": "publish-confirm" }}
        >
          <Button
            type="primary"
            icon={<SoundOutlined />}
            loading={flow.publish.isPending}
            data-testid="publish-disclosure"
          >
            {t("disclosure.workflow.publish")}
          </Button>
        </Popconfirm>
      )}
      {isReviewer && d.status === "submitted" && (
        <Button
          icon={<PlayCircleOutlined />}
          loading={flow.startReview.isPending}
          onClick={() => flow.startReview.mutate()}
          data-testid="start-review"
        >
          {t("disclosure.workflow.startReview")}
        </Button>
      )}
      {decidable && (
        <>
          <Tooltip title={flow.commentCount === 0 ? t("disclosure.workflow.needComment") : undefined}>
            <Button
              danger
              icon={<RollbackOutlined />}
              disabled={flow.commentCount === 0}
              onClick={() => setDeciding("returned")}
              data-testid="return-disclosure"
            >
              {t("disclosure.workflow.return")}
              {flow.commentCount > 0 && ` (${flow.commentCount})`}
            </Button>
          </Tooltip>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setDeciding("accepted")}
            data-testid="accept-disclosure"
          >
            {t("disclosure.workflow.accept")}
          </Button>
        </>
      )}
      <DecisionModal
        outcome={deciding}
        comments={comments}
        pending={flow.decide.isPending}
        onCancel={() => setDeciding(null)}
        onConfirm={(note) => {
          if (!deciding) return;
          flow.decide.mutate({ outcome: deciding, note }, { onSuccess: () => setDeciding(null) });
        }}
      />
    </Space>
  );
}
