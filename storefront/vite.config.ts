import { reactRouter } from "@react-router/dev/vite"
import { defineConfig } from "vite"
import { alias, dedupe, packagesImportingReact } from "./react-single-copy.ts"

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { dedupe, alias },
  ssr: { noExternal: packagesImportingReact },
  server: { port: 8000 },
})
