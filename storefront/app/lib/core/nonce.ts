import { createContext, useContext } from "react"

/**
 * The Content Security Policy nonce of the response being rendered, for React Router's inline
 * scripts. Set by entry.server.tsx; in the browser it is empty (browsers hide nonces anyway).
 */
export const NonceContext = createContext("")

export const NonceProvider = NonceContext.Provider

export const useNonce = () => useContext(NonceContext)
