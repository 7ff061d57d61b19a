import { reactRouter } from "@react-router/dev/vite"
import { defineConfig } from "vite"
import { alias, dedupe, packagesImportingReact } from "./react-single-copy.ts"

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [reactRouter()],
  resolve: { dedupe, alias },
  // @react-router/express must use the bundled react-router: one RouterContextProvider class.
  ssr: { noExternal: [...packagesImportingReact, "@react-router/express"] },
  server: { port: 8000 },
  // The server build's entry is the Express app (server/app.ts), which imports the app's build.
  build: isSsrBuild ? { rollupOptions: { input: "./server/app.ts" } } : undefined,
}))
