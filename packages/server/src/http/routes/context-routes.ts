import type { ReferenceCache } from "../../analysis/reference-cache.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";

/** A stored prediction placed in its reference distribution. */
export function contextRoutes(_references: ReferenceCache) {
  return (_routes: RouteTable, _services: Services): void => {};
}
