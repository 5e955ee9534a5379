import { useOutletContext } from "react-router";
import type { AliasInfo, ModelInfo, VersionInfo } from "../api/types";

export interface ModelContext {
  readonly model: ModelInfo;
  readonly versions: readonly VersionInfo[];
  readonly aliases: readonly AliasInfo[];
}

/** The model a view under /models/:model shows, loaded once by the model layout. */
export function useModelContext(): ModelContext {
  return useOutletContext<ModelContext>();
}
