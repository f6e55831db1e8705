import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Col, Row } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/auth";
import { LoadError } from "../../../components/LoadError";
import { entityKindOf } from "../shared/orgKinds";
import { useDisclosureList } from "../shared/queries";
import { DisclosureTable } from "./DisclosureTable";
import { LatestCompletenessCard } from "./LatestCompletenessCard";
import { NewDisclosureModal } from "./NewDisclosureModal";

/** The organisation's own disclosures, the "new" dialog, and the latest one's completeness chart. */
export function OwnDisclosures() {
  const { t } = useTranslation();
  const session = useSession();
  const canWrite = session.role === "admin" || session.role === "analyst";
  const [creating, setCreating] = useState(false);
  const { data, error, isPending, refetch } = useDisclosureList("own");
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const latest = (data ?? []).filter((d) => d.entityKind !== "portfolio_company")[0] ?? data?.[0];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={latest ? 16 : 24}>
        <Card variant="borderless" style={{ height: "100%" }}>
          <DisclosureTable
            view="own"
            rows={data}
            loading={isPending}
            emptyText={t("disclosure.list.none")}
            toolbarExtra={
              canWrite && (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setCreating(true)}
                  data-testid="disclosure-new"
                >
                  {t("disclosure.create.title")}
                </Button>
              )
            }
          />
        </Card>
      </Col>
      {latest && (
        <Col xs={24} xxl={8}>
          <LatestCompletenessCard latest={latest} />
        </Col>
      )}
      <NewDisclosureModal
        open={creating}
        onClose={() => setCreating(false)}
        entityKind={entityKindOf(session.activeOrg.kind)}
      />
    </Row>
  );
}
