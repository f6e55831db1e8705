import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "./client";

const zOverview = z.object({
  byYear: z.array(z.object({ year: z.number(), status: z.string(), count: z.number() })),
  accepted: z.array(z.object({ year: z.number(), kind: z.string(), disclosed: z.number() })),
  population: z.array(z.object({ kind: z.string(), count: z.number() })),
  averageMandatoryCompleteness: z.array(
    z.object({ year: z.number(), framework: z.string(), mandatoryPct: z.string() }),
  ),
  awaitingReview: z.number(),
});
export type DisclosureOverview = z.infer<typeof zOverview>;

/** The district's disclosure figures: states by year, accepted coverage and the review queue's length. */
export const useDisclosureOverview = () =>
  useQuery({
    queryKey: ["district", "disclosure-overview"],
    queryFn: () => api.get<DisclosureOverview>("/api/district/disclosure-overview", { schema: zOverview }),
  });
