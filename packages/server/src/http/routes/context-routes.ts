import { z } from "zod";
import {
  type FeatureReference,
  featureInReference,
  type QualityFlag,
} from "../../analysis/prediction-context.js";
import type { ReferenceCache } from "../../analysis/reference-cache.js";
import { referenceVersion } from "../../analysis/window-params.js";
import { AppError } from "../../errors/app-error.js";
import type { Services } from "../../server/services.js";
import type { RouteTable } from "../route-table.js";
import { modelName } from "../schemas.js";

/** A stored prediction placed in its reference distribution, for the dashboard's lookup. */
export function contextRoutes(references: ReferenceCache) {
  return (routes: RouteTable, services: Services): void => {
    routes.add(
      {
        method: "GET",
        url: "/api/v1/models/:model/predictions/:id/context",
        tag: "ingest",
        summary: "One stored prediction with each feature placed in the reference, and its quality flags",
        description:
          "The reference is the prediction's own version's, else the champion's, else the newest version's with one. Numerical features get their percentile in the reference (scipy's percentileofscore, kind='weak'), the reference's min, max, 5th/50th/95th percentiles (numpy's linear interpolation) and a 20-bin histogram; categorical ones the value's share of the reference and its 10 most common values. Flags: missing values, numbers outside the reference's range, categories it never holds.",
        access: "admin",
        params: z.object({ model: modelName, id: z.string().min(1).max(256) }),
        errors: [404],
      },
      async ({ params }) => {
        const { store } = services;
        const model = store.model(params.model);
        const prediction = await store.prediction(params.model, params.id);
        if (!prediction) {
          throw new AppError(
            "TELLTALE_NOT_FOUND",
            `model '${params.model}' has no prediction '${params.id}'`,
            {
              model: params.model,
              id: params.id,
            },
          );
        }
        let version: string | null = null;
        if (store.version(params.model, prediction.version).reference) version = prediction.version;
        else {
          version = await referenceVersion(store, params.model, undefined).catch((error: unknown) => {
            if (error instanceof AppError && error.code === "TELLTALE_NO_REFERENCE") return null;
            throw error;
          });
        }
        const reference = version === null ? null : await references.get(params.model, version);
        const columns = new Map((reference?.features ?? []).map((c) => [c.name, c.column]));
        const flags: QualityFlag[] = [];
        const features: {
          name: string;
          kind: string;
          value: number | string | null;
          reference: FeatureReference | null;
        }[] = [];
        for (const feature of model.features) {
          const value = (prediction.features[feature.name] ?? null) as number | string | null;
          const placed = featureInReference(
            feature.name,
            value,
            reference === null ? undefined : columns.get(feature.name),
          );
          if (placed.flag !== null) flags.push(placed.flag);
          features.push({ name: feature.name, kind: feature.kind, value, reference: placed.reference });
        }
        return { prediction, referenceVersion: version, flags, features };
      },
    );
  };
}
