import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { type UserConfig } from 'vite';

const workspace = fileURLToPath(new URL('../..', import.meta.url));

/** '@relais/ui' → libs/ui/src, read from the paths TypeScript uses, so the two never disagree. */
function relaisAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(`${workspace}/tsconfig.base.json`, 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths)
      .filter(([name]) => name.startsWith('@relais/'))
      .map(([name, [target]]) => [name, `${workspace}/${(target as string).replace(/\/index\.ts$/, '')}`]),
  );
}

/**
 * The Vite set-up both apps share: aliases to the libs, the port from the environment, the API
 * proxied on the app's own origin (so no CORS), and libraries in chunks of their own, which
 * change less often than the app and stay cached between releases.
 */
export function relaisAppConfig(options: { appDir: string; name: string; port: number }): UserConfig {
  const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
  const proxy = {
    // ws: subscriptions (graphql-ws) share the path with queries.
    '/graphql': { target: apiUrl, changeOrigin: true, ws: true },
    '/health': { target: apiUrl, changeOrigin: true },
    // Proof files: uploads and downloads with the bearer token, like /graphql.
    '/files': { target: apiUrl, changeOrigin: true },
    // CSV exports, streamed (the apps show progress as the rows arrive).
    '/exports': { target: apiUrl, changeOrigin: true },
  };
  return {
    root: fileURLToPath(new URL('.', options.appDir)),
    plugins: [react()],
    resolve: { alias: relaisAliases() },
    server: { port: options.port, strictPort: true, proxy },
    preview: { port: options.port, strictPort: true, proxy },
    build: {
      outDir: `${workspace}/dist/apps/${options.name}`,
      emptyOutDir: true,
      rolldownOptions: {
        output: {
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
  };
}
