import type { TStatMineFigure } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";

/**
 * Why a metric's peer quartiles are withheld, in the UI language. The server's reason names how many peers reported
 * ("2 peers of kind bank reported it, fewer than 4 …"); that count is read from it, the sentence is ours.
 */
export function useSuppressedText() {
  const { t } = useTranslation();
  return (f: TStatMineFigure, short = false) => {
    const count = /^(\d+) peers? of kind/.exec(f.peersReason ?? "")?.[1];
    if (count === undefined) return f.peersReason ?? t("statistics.mine.suppressed");
    if (count === "0") return t(short ? "statistics.mine.noPeersShort" : "statistics.mine.noPeers");
    return t(short ? "statistics.mine.fewPeersShort" : "statistics.mine.fewPeers", { count: Number(count) });
  };
}
