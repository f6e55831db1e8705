import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { NeedStatus } from "../../../api/marketNeeds";

const COLORS: Record<NeedStatus, string> = {
  open: "processing",
  claimed: "blue",
  offer_chosen: "purple",
  funded: "green",
  declined: "error",
  withdrawn: "default",
  expired: "warning",
};

/** A need's status as a coloured tag; `data-status` lets the browser tests read it. */
export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status} data-testid="need-status">
      {t(`market.status.${status}`)}
    </Tag>
  );
}

/** Still in play: not funded, declined, withdrawn or expired. */
export const needIsLive = (s: NeedStatus) => s === "open" || s === "claimed" || s === "offer_chosen";
