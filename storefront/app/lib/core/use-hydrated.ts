import { useSyncExternalStore } from "react"

const subscribe = () => () => {}

/** False while the server renders and the browser hydrates; true afterwards. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
