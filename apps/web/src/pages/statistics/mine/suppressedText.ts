import type { TStatMineFigure } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";

/** Why a metric's peer quartiles are withheld, in the UI language, from how many peers reported it. */
export function useSuppressedText() {
  const { t } = useTranslation();
  return (f: TStatMineFigure, short = false) => {
    if (f.peersReason === null) return t("statistics.mine.suppressed");
    if (f.peersReported === 0) return t(short ? "statistics.mine.noPeersShort" : "statistics.mine.noPeers");
    return t(short ? "statistics.mine.fewPeersShort" : "statistics.mine.fewPeers", { count: f.peersReported });
  };
}
