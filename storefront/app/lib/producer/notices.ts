/** Messages shown once, on the page a successful action redirects to. */
export const notices = [
  "registered",
  "claimed",
  "productCreated",
  "productSaved",
  "imagesAdded",
  "storySaved",
  "applied",
  "applicationWithdrawn",
] as const
export type Notice = (typeof notices)[number]
