import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes a `.gz` twin of each built script and style sheet (node's zlib, best compression), which the server sends to
 * browsers that accept gzip (Spring's EncodedResourceResolver) instead of compressing on every request. No brotli:
 * browsers list gzip first in Accept-Encoding, and Spring serves the first coding listed that it has.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'aigentforce-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets).filter((file) => /\.(js|css)$/.test(file))) {
        const content = readFileSync(join(assets, name));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(content, { level: 9 }));
      }
    },
  };
}

const backend = process.env.AIGENTFORCE_BACKEND ?? 'http://localhost:8080';
const proxied = ['/api', '/.well-known', '/v3', '/actuator'];

export default defineConfig({
  plugins: [react(), tailwindcss(), precompress()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      // ws: the real-time gateway (/api/v1/ws) is a WebSocket upgrade
      proxied.map((path) => [path, { target: backend, changeOrigin: false, ws: path === '/api' }]),
    ),
  },
  build: {
    // Maven packages this folder as classpath:/static in the web jar.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
