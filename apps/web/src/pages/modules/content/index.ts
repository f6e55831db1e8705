import type { ModuleKey } from "../../../lib/modules";
import { carbon } from "./carbon";
import { disclosure } from "./disclosure";
import { marketplace } from "./marketplace";
import { projects } from "./projects";
import { rating } from "./rating";
import { statistics } from "./statistics";
import type { ModuleContent } from "./types";

export const MODULE_CONTENT: Record<ModuleKey, ModuleContent> = {
  disclosure,
  rating,
  carbon,
  projects,
  marketplace,
  statistics,
};
