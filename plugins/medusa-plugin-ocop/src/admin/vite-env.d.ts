/// <reference types="vite/client" />

/** The backend URL the admin bundler defines for plugin extensions (see Medusa's admin docs). */
declare const __BACKEND_URL__: string | undefined
