import { Card, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../../components/LoadError";
import { useDisclosureList } from "../shared/queries";
import { DisclosureTable } from "./DisclosureTable";

/** Accepted or published disclosures of organisations that granted us "ESG disclosures"; every read is logged. */
export function GrantedDisclosures() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useDisclosureList("granted");
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <Card variant="borderless">
      <Typography.Paragraph type="secondary">{t("disclosure.granted.note")}</Typography.Paragraph>
      <DisclosureTable view="granted" rows={data} loading={isPending} emptyText={t("disclosure.granted.none")} />
    </Card>
  );
}
