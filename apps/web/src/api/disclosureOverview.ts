import { type TDisclosureOverview, zDisclosureOverview } from "@greenfin/contracts";
import { useQuery } from "@tanstack/react-query";
import { api } from "./client";

export type DisclosureOverview = TDisclosureOverview;

/** The district's disclosure figures: states by year, accepted coverage and the review queue's length. */
export const useDisclosureOverview = () =>
  useQuery({
    queryKey: ["district", "disclosure-overview"],
    queryFn: () => api.get<DisclosureOverview>("/api/district/disclosure-overview", { schema: zDisclosureOverview }),
  });
