import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL("./src/web/", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/web/", import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // The charting library is one chunk of about 520 kB, fetched by the reports page only.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "mantine", test: /node_modules[\\/]@mantine/ },
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            // Charts are drawn on the reports page only, which is loaded when first opened.
            { name: "charts", test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: "vendor", test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev:web` talks to a server started with `npm start` (port 3000 by default).
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
