import { CloudDownloadOutlined } from "@ant-design/icons";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

const KNOWN = ["green-financings", "marketplace", "reported", "import"] as const;
type KnownSource = (typeof KNOWN)[number];

/** Where a figure comes from: the institution's own entry, or the platform module that pre-filled it. */
export function SourceTag({ source }: { source: string }) {
  const { t } = useTranslation();
  if (source === "reported") return null;
  const known = (KNOWN as readonly string[]).includes(source) ? (source as KnownSource) : null;
  return (
    <Tooltip title={t("statistics.source.hint")}>
      <Tag color="cyan" icon={<CloudDownloadOutlined />} data-testid={`source-${source}`}>
        {known ? t(`statistics.source.${known}`) : source}
      </Tag>
    </Tooltip>
  );
}
