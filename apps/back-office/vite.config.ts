import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));

/** '@relais/ui' → libs/ui/src, read from the paths TypeScript uses, so the two never disagree. */
function relaisAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(`${workspace}/tsconfig.base.json`, 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths)
      .filter(([name]) => name.startsWith('@relais/'))
      .map(([name, [target]]) => [name, `${workspace}/${target.replace(/\/index\.ts$/, '')}`]),
  );
}

const port = Number(process.env.BACK_OFFICE_PORT ?? 4300);
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
// The app calls its own origin; Vite forwards the API's paths, so no CORS is needed.
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/health': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: relaisAliases() },
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  build: {
    outDir: '../../dist/apps/back-office',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached between releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 15 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
