export * from "./vocabulary.js"
export type * from "./store-api.js"
export type * from "./statements.js"
export type * from "./producer-api.js"
