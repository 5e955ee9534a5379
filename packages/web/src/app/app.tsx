import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { AuthProvider, useAuth } from "../auth/auth-context";
import { SignInPage } from "../auth/sign-in-page";
import { LiveClockProvider } from "../live/live-clock";
import { AlertsView } from "../views/alerts/alerts-view";
import { ComparisonView } from "../views/comparisons/comparison-view";
import { DriftView } from "../views/drift/drift-view";
import { ExplainView } from "../views/explain/explain-view";
import { FairnessView } from "../views/fairness/fairness-view";
import { LookupView } from "../views/lookup/lookup-view";
import { ModelsView } from "../views/models/models-view";
import { MonitorsView } from "../views/monitors/monitors-view";
import { OverviewView } from "../views/overview/overview-view";
import { PerformanceView } from "../views/performance/performance-view";
import { QualityView } from "../views/quality/quality-view";
import { VersionsView } from "../views/versions/versions-view";
import { Layout, NotFound } from "./layout";
import { ModelLayout } from "./model-layout";
import { createQueryClient } from "./query-client";

function SignedIn() {
  const { api } = useAuth();
  if (api === null) return <SignInPage />;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<ModelsView />} />
        <Route path="alerts" element={<AlertsView />} />
        <Route path="models/:model" element={<ModelLayout />}>
          <Route index element={<OverviewView />} />
          <Route path="drift" element={<DriftView />} />
          <Route path="explain" element={<ExplainView />} />
          <Route path="performance" element={<PerformanceView />} />
          <Route path="fairness" element={<FairnessView />} />
          <Route path="quality" element={<QualityView />} />
          <Route path="versions" element={<VersionsView />} />
          <Route path="alerts" element={<AlertsView />} />
          <Route path="monitors" element={<MonitorsView />} />
          <Route path="lookup" element={<LookupView />} />
          <Route path="comparisons/:id" element={<ComparisonView />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <AuthProvider>
        <LiveClockProvider>
          <BrowserRouter>
            <SignedIn />
          </BrowserRouter>
        </LiveClockProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}
