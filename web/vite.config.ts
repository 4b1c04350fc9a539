import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page is built into web/dist and served by `parley serve` at /. Everything is emitted as files
// (no inline scripts or styles), so the server's Content-Security-Policy can forbid inline code.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
