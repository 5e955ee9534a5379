import type { ModelSpec } from "@telltale/core";
import type { Model } from "../store/types.js";

/** What core's monitoring functions need to know about a model. */
export function modelSpec(model: Model): ModelSpec {
  return {
    task: model.task,
    features: model.features.map((f) => ({ name: f.name, kind: f.kind })),
    ...(model.positiveLabel !== null ? { positiveLabel: model.positiveLabel } : {}),
    ...(model.sensitive.length > 0 ? { sensitive: model.sensitive } : {}),
    ...(model.business.length > 0 ? { business: model.business } : {}),
  };
}
