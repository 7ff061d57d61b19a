// Plain SQL against the stack's database, for asserting what a refused request did not write.
import pg from "pg"
import { databaseUrl } from "./env"

export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** The number a `select count(*) …` query answers. */
export async function count(text: string, values: unknown[] = []): Promise<number> {
  const [row] = await sql<{ count: string }>(text, values)
  return Number(row!.count)
}

/** How many logins (emailpass provider identities) exist for an email. */
export async function loginsFor(email: string): Promise<number> {
  const [row] = await sql<{ count: string }>(
    `select count(*) from provider_identity where provider = 'emailpass' and entity_id = $1 and deleted_at is null`,
    [email],
  )
  return Number(row!.count)
}
