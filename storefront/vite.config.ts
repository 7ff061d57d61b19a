import { reactRouter } from "@react-router/dev/vite"
import { defineConfig } from "vite"
import { dedupe, packagesImportingReact } from "./react-single-copy.ts"

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { dedupe },
  ssr: { noExternal: packagesImportingReact },
  server: { port: 8000 },
})
