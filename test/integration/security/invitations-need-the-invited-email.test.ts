// Issue #15, finding 5: an account an officer opens (producer user, staff, organiser) is claimed
// only with the one-time token mailed to the invited address — not by whoever registers that
// address first. The token arrives at a real SMTP server in this process.
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminFetch } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { backendUrl, databaseUrl } from "../../support/env"
import { closeMailbox, invitationTokenFor, mailbox } from "../../support/mailbox"
import { createPlace } from "../../support/staff-api"
import { unique } from "../../support/auth-api"

const db = new pg.Client({ connectionString: databaseUrl() })
const PASSWORD = "Ocop@2026-invitee"
const ATTACKER_PASSWORD = "Ocop@2026-attacker"

let place: { id: string }

beforeAll(async () => {
  await db.connect()
  await mailbox()
  place = await createPlace("Trung tâm mời")
})
afterAll(() => db.end())

function call(path: string, body?: unknown, token?: string) {
  const headers = new Headers(token ? { authorization: `Bearer ${token}` } : {})
  if (body === undefined) return fetch(new URL(path, backendUrl()), { headers })
  headers.set("content-type", "application/json")
  return fetch(new URL(path, backendUrl()), {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  })
}

const login = (actor: string, email: string, password: string) =>
  call(`/auth/${actor}/emailpass`, { email, password })

async function openStaffAccount(email = `staff-${unique()}@example.com`) {
  const body = await expectJson(
    await adminFetch("/admin/ocop/staff-users", post({ email, place_ids: [place.id] })),
    201,
  )
  return { email, id: body.staff_user.id as string }
}

/** What the database holds for an account and its email: nothing may change on a refusal. */
async function footprint(table: string, email: string) {
  const [account] = (
    await db.query(`select claimed from ${table} where email = $1 and deleted_at is null`, [email])
  ).rows
  // (asked only where the table exists, so the same test runs on a database from before it)
  const [{ table: hasInvitations }] = (
    await db.query(`select to_regclass('ocop_invitation') as table`)
  ).rows
  const used = hasInvitations
    ? (
        await db.query(
          `select count(*)::int as n from ocop_invitation where email = $1 and used_at is not null`,
          [email],
        )
      ).rows[0].n
    : 0
  const [logins] = (
    await db.query(
      `select count(*)::int as linked from auth_identity a
         join provider_identity p on p.auth_identity_id = a.id
        where p.entity_id = $1 and a.app_metadata is not null and a.app_metadata::text <> '{}'`,
      [email],
    )
  ).rows
  return { claimed: account?.claimed, used, linked: logins.linked }
}

/**
 * The attacker registers an `actor` login for the invited address before its owner claims it;
 * the registration alone opens no account: the old door refuses it (4xx, never a crash).
 */
async function attackerRegisters(actor: "staff" | "organizer", email: string) {
  const { token } = await expectJson(
    await call(`/auth/${actor}/emailpass/register`, { email, password: ATTACKER_PASSWORD }),
    200,
  )
  const oldDoor = await call(`/${actor}/account`, {}, token)
  expect(oldDoor.status).toBeGreaterThanOrEqual(400)
  expect(oldDoor.status).toBeLessThan(500)
  return token
}

async function expectRefused(res: Response, code: string) {
  const body = await expectJson(res, 403)
  expect(body.code).toBe(code)
  expect(body.message).toBeTruthy()
}

describe("invitations need the invited email", () => {
  it("an attacker who registers the invited email first gains nothing; the token holder still claims the account", async () => {
    const { email } = await openStaffAccount()
    const before = await footprint("ocop_staff_user", email)

    // The attacker registers a staff login for the invited address and tries every door.
    const registration = await attackerRegisters("staff", email)
    await expectRefused(
      await call("/staff/account/claim", { email, password: ATTACKER_PASSWORD }, registration),
      "invitation_required",
    )
    const { token: attackerLogin } = await expectJson(
      await login("staff", email, ATTACKER_PASSWORD),
      200,
    )
    expect((await call("/staff/me", undefined, attackerLogin)).status).toBe(401)
    expect(await footprint("ocop_staff_user", email)).toEqual(before)

    // The person who owns the address claims it with the mailed token.
    const token = await invitationTokenFor(email)
    const { staff_user } = await expectJson(
      await call("/staff/account/claim", { token, email, password: PASSWORD }),
      201,
    )
    expect(staff_user).toMatchObject({ email, claimed: true })

    // The attacker's tokens and password no longer lead anywhere.
    const refreshed = await call("/auth/token/refresh", {}, registration)
    if (refreshed.ok) {
      const { token: again } = await refreshed.json()
      expect((await call("/staff/me", undefined, again)).status).toBe(401)
    }
    expect((await login("staff", email, ATTACKER_PASSWORD)).status).toBe(401)
    const { token: mine } = await expectJson(await login("staff", email, PASSWORD), 200)
    const me = await expectJson(await call("/staff/me", undefined, mine), 200)
    expect(me.staff_user.email).toBe(email)
  })

  it("the token travels only in the email: the database keeps its hash, never the token", async () => {
    const { email } = await openStaffAccount()
    const token = await invitationTokenFor(email)
    const stored = await db.query(
      `select
         (select count(*)::int from ocop_invitation
           where token_hash = encode(sha256(convert_to($1::text, 'UTF8')), 'hex')) as hashed,
         (select count(*)::int from notification where strpos(data::text, $1::text) > 0)
           as in_notifications,
         (select count(*)::int from ocop_invitation where token_hash = $1::text) as in_clear`,
      [token],
    )
    expect(stored.rows[0]).toEqual({ hashed: 1, in_notifications: 0, in_clear: 0 })
  })

  it("a claim without a token is refused with 403 and writes nothing", async () => {
    const { email } = await openStaffAccount()
    const before = await footprint("ocop_staff_user", email)
    await expectRefused(
      await call("/staff/account/claim", { email, password: PASSWORD }),
      "invitation_required",
    )
    await expectRefused(
      await call("/staff/account/claim", { token: "not-a-token", email, password: PASSWORD }),
      "invitation_invalid",
    )
    expect(await footprint("ocop_staff_user", email)).toEqual(before)
    expect((await login("staff", email, PASSWORD)).status).toBe(401)
  })

  it("a token mailed to another address does not claim this one", async () => {
    const victim = await openStaffAccount()
    const attacker = await openStaffAccount()
    const attackerToken = await invitationTokenFor(attacker.email)
    const before = await footprint("ocop_staff_user", victim.email)
    await expectRefused(
      await call("/staff/account/claim", {
        token: attackerToken,
        email: victim.email,
        password: ATTACKER_PASSWORD,
      }),
      "invitation_email_mismatch",
    )
    expect(await footprint("ocop_staff_user", victim.email)).toEqual(before)
    // A staff token is not an organiser's either.
    await expectRefused(
      await call("/organizer/account/claim", {
        token: attackerToken,
        email: attacker.email,
        password: PASSWORD,
      }),
      "invitation_invalid",
    )
    expect((await footprint("ocop_staff_user", attacker.email)).claimed).toBe(false)
  })

  it("an expired invitation is refused", async () => {
    const { email } = await openStaffAccount()
    const token = await invitationTokenFor(email)
    await db.query(
      `update ocop_invitation set expires_at = now() - interval '1 minute' where email = $1`,
      [email],
    )
    const before = await footprint("ocop_staff_user", email)
    await expectRefused(
      await call("/staff/account/claim", { token, email, password: PASSWORD }),
      "invitation_expired",
    )
    expect(await footprint("ocop_staff_user", email)).toEqual(before)
  })

  it("an invitation is used once", async () => {
    const { email } = await openStaffAccount()
    const token = await invitationTokenFor(email)
    await expectJson(await call("/staff/account/claim", { token, email, password: PASSWORD }), 201)
    await expectRefused(
      await call("/staff/account/claim", { token, email, password: ATTACKER_PASSWORD }),
      "invitation_used",
    )
    expect((await login("staff", email, ATTACKER_PASSWORD)).status).toBe(401)
    expect((await login("staff", email, PASSWORD)).status).toBe(200)
  })

  it("resending voids the previous token; the new one claims the account", async () => {
    const { email, id } = await openStaffAccount()
    const first = await invitationTokenFor(email)
    const { invitation } = await expectJson(
      await adminFetch(`/admin/ocop/staff-users/${id}/invitation`, post({})),
      201,
    )
    expect(new Date(invitation.expires_at).getTime()).toBeGreaterThan(Date.now() + 6 * 864e5)
    const second = await invitationTokenFor(email)
    expect(second).not.toBe(first)
    await expectRefused(
      await call("/staff/account/claim", { token: first, email, password: PASSWORD }),
      "invitation_voided",
    )
    await expectJson(
      await call("/staff/account/claim", { token: second, email, password: PASSWORD }),
      201,
    )
    // A claimed account gets no more invitations; an unknown or another kind of account is 404.
    expect((await adminFetch(`/admin/ocop/staff-users/${id}/invitation`, post({}))).status).toBe(
      400,
    )
    expect(
      (await adminFetch(`/admin/ocop/organizer-users/${id}/invitation`, post({}))).status,
    ).toBe(404)
    expect(
      (await adminFetch(`/admin/ocop/staff-users/ocsu_missing/invitation`, post({}))).status,
    ).toBe(404)
  })

  it("an invitation that cannot be mailed leaves the account open, recorded as failed, to resend", async () => {
    await closeMailbox()
    const email = `staff-${unique()}@example.com`
    const opened = await expectJson(
      await adminFetch("/admin/ocop/staff-users", post({ email, place_ids: [place.id] })),
      201,
    )
    expect(opened.invitation).toMatchObject({ email, delivered: false })
    expect(opened.invitation.token).toBeUndefined()
    const { rows } = await db.query(`select status from notification where "to" = $1`, [email])
    expect(rows).toEqual([{ status: "failure" }])

    await mailbox()
    const { invitation } = await expectJson(
      await adminFetch(`/admin/ocop/staff-users/${opened.staff_user.id}/invitation`, post({})),
      201,
    )
    expect(invitation.delivered).toBe(true)
    const token = await invitationTokenFor(email)
    await expectJson(await call("/staff/account/claim", { token, email, password: PASSWORD }), 201)
  })

  it("an officer's invitation in an unknown language is a 400 that opens or sends nothing", async () => {
    const email = `staff-${unique()}@example.com`
    const res = await adminFetch(
      "/admin/ocop/staff-users",
      post({ email, place_ids: [place.id], locale: "fr" }),
    )
    expect(res.status).toBe(400)
    expect((await res.json()).message).toMatch(/locale/)
    const opened = await db.query(`select id from ocop_staff_user where email = $1`, [email])
    expect(opened.rows).toEqual([])

    const { id } = await openStaffAccount()
    const count = async () =>
      (await db.query(`select count(*)::int as n from ocop_invitation where account_id = $1`, [id]))
        .rows[0].n
    const before = await count()
    const resend = await adminFetch(
      `/admin/ocop/staff-users/${id}/invitation`,
      post({ locale: "fr" }),
    )
    expect(resend.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it("a claim with bad input is a 400 that writes nothing", async () => {
    const { email } = await openStaffAccount()
    const token = await invitationTokenFor(email)
    const before = await footprint("ocop_staff_user", email)
    for (const body of [
      { token, email, password: "short" },
      { token, email: "not-an-email", password: PASSWORD },
      { token, email, password: PASSWORD, staff_user_id: "ocsu_x" },
    ]) {
      const res = await call("/staff/account/claim", body)
      expect(res.status).toBe(400)
      expect((await res.json()).message).toBeTruthy()
    }
    expect(await footprint("ocop_staff_user", email)).toEqual(before)
    await expectJson(await call("/staff/account/claim", { token, email, password: PASSWORD }), 201)
  })

  it("an invited producer user is claimed only with the token, never by registering the address", async () => {
    const { producer } = await expectJson(
      await adminFetch(
        "/admin/ocop/producers",
        post({
          handle: `invited-producer-${unique()}`,
          name: "HTX Được mời",
          legal_form: "cooperative",
          province: "Đắk Lắk",
          commune: "Buôn Ma Thuột",
        }),
      ),
      201,
    )
    const email = `producer-${unique()}@example.com`
    await expectJson(
      await adminFetch(
        "/admin/ocop/producer-users",
        post({ email, producer_id: producer.id, locale: "en" }),
      ),
      201,
    )
    const mail = await (await mailbox()).next(email)
    expect(mail.subject).toMatch(/invit/i)
    const before = await footprint("ocop_producer_user", email)

    const { token: registration } = await expectJson(
      await call("/auth/producer/emailpass/register", { email, password: ATTACKER_PASSWORD }),
      200,
    )
    await expectRefused(
      await call("/producer/account", { first_name: "Kẻ", last_name: "Gian" }, registration),
      "invitation_required",
    )
    expect(await footprint("ocop_producer_user", email)).toEqual(before)

    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1]
    await expectJson(
      await call("/producer/account/claim", {
        token,
        email,
        password: PASSWORD,
        first_name: "Hoa",
      }),
      201,
    )
    const { token: mine } = await expectJson(await login("producer", email, PASSWORD), 200)
    const me = await expectJson(await call("/producer/me", undefined, mine), 200)
    expect(me.producer_user).toMatchObject({ email, status: "approved", producer_id: producer.id })
  })

  it("a producer may still register without an invitation, as a pending account", async () => {
    const email = `self-${unique()}@example.com`
    const { token: registration } = await expectJson(
      await call("/auth/producer/emailpass/register", { email, password: PASSWORD }),
      200,
    )
    const { producer_user } = await expectJson(
      await call("/producer/account", { requested_producer_name: "HTX Tự đăng ký" }, registration),
      201,
    )
    expect(producer_user).toMatchObject({ email, status: "pending", claimed: true })
    expect(producer_user.producer_id ?? null).toBeNull()
  })

  it("an organiser account is claimed only with its token", async () => {
    const email = `organizer-${unique()}@example.com`
    await expectJson(await adminFetch("/admin/ocop/organizer-users", post({ email })), 201)
    const before = await footprint("ocop_organizer_user", email)
    await attackerRegisters("organizer", email)
    expect(await footprint("ocop_organizer_user", email)).toEqual(before)

    const token = await invitationTokenFor(email)
    await expectJson(
      await call("/organizer/account/claim", { token, email, password: PASSWORD }),
      201,
    )
    const { token: mine } = await expectJson(await login("organizer", email, PASSWORD), 200)
    expect((await call("/organizer/me", undefined, mine)).status).toBe(200)
  })
})
