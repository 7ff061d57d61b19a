import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type {
  CertifiedCell,
  CertifiedMonth,
  ExpiringCertificate,
  RevokedCertificate,
} from "@ocop/shared"

/**
 * The certificate side of the programme dashboard, in SQL on the certificates themselves (not
 * the listings, which only copy the current one): what is certified now, what was certified
 * month by month, what runs out soon and what was taken back this year.
 */

/** A certificate that counts now: not revoked, issued, not yet expired. */
const VALID_NOW = `c.deleted_at is null and c.status <> 'revoked'
  and c.issued_at <= ?::timestamptz and c.expires_at > ?::timestamptz`

/** The product's title and its producer's name beside a certificate `c`. */
const WHO = `left join product p on p.id = c.product_id
  left join ocop_listing l on l.product_id = c.product_id and l.deleted_at is null
  left join ocop_producer pr on pr.id = l.producer_id`

const CERTIFIED_SQL = `
select stars, product_group, count(*)::int as products
  from (select distinct on (c.product_id) c.stars, c.product_group
          from ocop_certification c
         where ${VALID_NOW}
         order by c.product_id, c.issued_at desc) current
 group by stars, product_group
 order by stars desc, product_group`

const BY_MONTH_SQL = `
select to_char(c.issued_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, c.stars,
       count(*)::int as certificates
  from ocop_certification c
 where c.deleted_at is null and c.issued_at >= ?::timestamptz and c.issued_at < ?::timestamptz
 group by 1, 2
 order by 1, 2`

/** A product's current certificate ends soon unless a newer one outlives it. */
const EXPIRING_SQL = `
select c.certificate_number, c.product_id, coalesce(p.title, c.product_id) as product,
       coalesce(pr.name, '') as producer, c.stars, c.expires_at,
       ceil(extract(epoch from c.expires_at - ?::timestamptz) / 86400)::int as days_left
  from ocop_certification c
  ${WHO}
 where ${VALID_NOW} and c.expires_at <= ?::timestamptz
   and not exists (select 1 from ocop_certification n
                    where n.product_id = c.product_id and n.deleted_at is null
                      and n.status <> 'revoked' and n.expires_at > c.expires_at)
 order by c.expires_at, c.certificate_number`

const REVOKED_SQL = `
select c.certificate_number, c.product_id, coalesce(p.title, c.product_id) as product,
       coalesce(pr.name, '') as producer, c.stars, c.revoked_at, c.revocation_reason
  from ocop_certification c
  ${WHO}
 where c.deleted_at is null and c.status = 'revoked' and c.revoked_at >= ?::timestamptz
 order by c.revoked_at desc, c.certificate_number`

const DAY = 86_400_000

/** 1 January of `now`'s year in Vietnam, as an instant. */
export function startOfVietnamYear(now: Date): string {
  const year = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear()
  return new Date(`${year}-01-01T00:00:00+07:00`).toISOString()
}

export async function certificateTables(
  knex: Knex,
  period: { from: string; to: string },
  now = new Date(),
) {
  const at = now.toISOString()
  const [certified, byMonth, expiring, revoked] = await Promise.all([
    knex.raw(CERTIFIED_SQL, [at, at]),
    knex.raw(BY_MONTH_SQL, [period.from, period.to]),
    knex.raw(EXPIRING_SQL, [at, at, at, new Date(now.getTime() + 90 * DAY).toISOString()]),
    knex.raw(REVOKED_SQL, [startOfVietnamYear(now)]),
  ])
  return {
    certified: certified.rows as CertifiedCell[],
    certified_by_month: byMonth.rows as CertifiedMonth[],
    expiring: (expiring.rows as ExpiringCertificate[]).map((row) => ({
      ...row,
      expires_at: new Date(row.expires_at).toISOString(),
    })),
    revoked: (revoked.rows as RevokedCertificate[]).map((row) => ({
      ...row,
      revoked_at: new Date(row.revoked_at).toISOString(),
    })),
  }
}
