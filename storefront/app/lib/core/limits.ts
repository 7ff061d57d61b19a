/** Limits shared by the forms and their server-side schemas (kept apart so zod stays on the server). */
export const maxLineQuantity = 99
export const minPasswordLength = 8
