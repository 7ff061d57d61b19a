/** React 18+ has the hook built in; the CommonJS shim would load the workspace root's React. */
export { useSyncExternalStore } from "react"
