import type { ComparisonStatus } from "../../api/types";
import { Badge } from "../../components/badge";
import { STATUS_TONE } from "./comparison-status";

export function ComparisonStatusBadge({ status }: { readonly status: ComparisonStatus }) {
  return <Badge tone={STATUS_TONE[status] ?? "neutral"}>{status}</Badge>;
}
