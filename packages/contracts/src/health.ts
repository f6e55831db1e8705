import { z } from "zod";

export const zHealth = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ engine: z.enum(["pglite", "postgres"]), reachable: z.boolean() }),
  migrations: z.object({ applied: z.number().int(), pending: z.array(z.string()), current: z.boolean() }),
  version: z.string(),
});
export type THealth = z.infer<typeof zHealth>;
