// Vite config of the staff web app: root web/, output web/dist (served by the Fastify server), dev proxy to the API.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwa } from './pwa-plugin.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), pwa()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // React and antd change rarely: a vendor chunk stays cached across app releases. ECharts goes in a chunk of
        // its own, loaded only by the dashboard's charts (phones on slow links do not pay for it elsewhere).
        codeSplitting: {
          groups: [
            { name: 'charts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // OCOP_API_URL points the dev server at another API (default: `npm start` on port 3000).
      '/api': { target: process.env.OCOP_API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
