import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'

// Maven passes PORTAL_OUT_DIR (target/classes/META-INF/resources) so Quarkus serves the build.
const outDir = process.env.PORTAL_OUT_DIR
  ?? fileURLToPath(new URL('../../../target/classes/META-INF/resources', import.meta.url))

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    // `npm run dev` beside a running portal (./platform up): API and config come from it.
    proxy: { '/api': 'http://localhost:8080', '/config.json': 'http://localhost:8080' },
  },
})
