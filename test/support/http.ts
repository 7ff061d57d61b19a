// Plain HTTP helpers every client in test/support shares: a JSON POST and a checked JSON answer.

/** JSON body of a response that must have the given status; the message helps when it fails. */
export async function expectJson<T = Record<string, any>>(
  res: Response,
  status: number,
): Promise<T> {
  const text = await res.text()
  if (res.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${res.status}: ${text.slice(0, 500)}`)
  }
  return (text ? JSON.parse(text) : {}) as T
}

export const post = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) })
