// Vite config of the staff web app: root web/, output web/dist (served by the Fastify server), dev proxy to the API.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { pwa } from './pwa-plugin.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** After a production build: `.br` and `.gz` beside each asset (scripts/compress-web-build.mjs), served as they are. */
function precompress(): Plugin {
  return {
    name: 'ocop-precompress',
    apply: 'build',
    async closeBundle() {
      const script = new URL('../scripts/compress-web-build.mjs', import.meta.url).href;
      const { compressDir } = (await import(/* @vite-ignore */ script)) as {
        compressDir(dir: string): Promise<unknown>;
      };
      await compressDir(fileURLToPath(new URL('./dist', import.meta.url)));
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), pwa(), precompress()],
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
            // React and its companions: every screen needs them. antd is not grouped: each page's chunk (or a chunk
            // shared by the pages that use them) carries the antd components it uses, so the log-in page does not
            // download the tables, date pickers and uploads of the office screens.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/, priority: 1 },
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
