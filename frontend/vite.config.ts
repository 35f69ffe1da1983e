import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The WAR serves the app at its context root "/", next to /runtime/config.json.
  base: '/',
  server: {
    // The BFF client package is linked from api-specs, outside this folder.
    fs: { allow: ['.', '../api-specs/clients/bff-client-ts'] },
  },
  build: {
    // maven-war-plugin picks the bundle up from here as a web resource.
    outDir: 'target/web',
    emptyOutDir: true,
    target: 'es2022',
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
});
