import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` proxies the API to a server on TELLTALE_URL (default the `telltale serve` port).
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: { "/api": process.env.TELLTALE_URL ?? "http://127.0.0.1:4100" },
  },
});
