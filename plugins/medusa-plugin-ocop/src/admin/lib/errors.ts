/** The message the API sent back (the JS SDK puts the body's `message` on the error). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return "Something went wrong. Try again."
}
