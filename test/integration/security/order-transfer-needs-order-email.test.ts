// Medusa lets any signed-in customer ask to move a stranger's order into their account; the
// pending request then blocks the officer from cancelling or editing the order. Here a transfer
// request (and its cancel, accept and decline) needs proof of the order's email: signed in with
// that email, or holding the order's confirmation token.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, certifiedGoods } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { customerAccount, orderCall, placeOrder, unique } from "../../support/orders"

type Customer = Awaited<ReturnType<typeof customerAccount>>

let variantId: string
let stranger: Customer

beforeAll(async () => {
  variantId = (await certifiedGoods("Quế chuyển đơn", { stars: 4, score: 81 })).variantId
  stranger = await customerAccount()
}, 120_000)

/** The order's pending changes (a transfer request is one), as the officer sees them. */
async function changesOf(orderId: string) {
  const { order_changes } = await expectJson(
    await adminFetch(`/admin/orders/${orderId}/changes`),
    200,
  )
  return (order_changes as { change_type: string; status: string }[]).filter(
    (change) => change.change_type === "transfer",
  )
}

const transfer = (orderId: string, action: "request" | "cancel" | "accept" | "decline") =>
  `/store/orders/${orderId}/transfer/${action}`

// Each test places orders through the whole checkout: slow on a loaded machine.
describe("an order transfer needs the order's email", { timeout: 120_000 }, () => {
  it("refuses a stranger's transfer request with 404, writes nothing, and the officer can still cancel", async () => {
    const { order, email } = await placeOrder([variantId])
    const res = await orderCall(
      transfer(order.id, "request"),
      { customerToken: stranger.token },
      post({ description: "Đơn của tôi" }),
    )
    const body = await res.text()
    expect(res.status).toBe(404)
    expect(body).not.toContain(email)
    expect(await changesOf(order.id)).toEqual([])

    await expectJson(await adminFetch(`/admin/orders/${order.id}/cancel`, post({})), 200)
    const { order: after } = await expectJson(
      await adminFetch(`/admin/orders/${order.id}?fields=status,customer_id,email`),
      200,
    )
    expect(after).toMatchObject({ status: "canceled", email })
  })

  it("lets the customer signed in with the order's email ask for it, and refuses a stranger's cancel, accept and decline", async () => {
    const email = `claimant-${unique()}@example.com`
    const { order } = await placeOrder([variantId], { email })
    const claimant = await customerAccount(email)

    const { order: requested } = await expectJson(
      await orderCall(transfer(order.id, "request"), { customerToken: claimant.token }, post({})),
      200,
    )
    expect(requested.id).toBe(order.id)
    expect(await changesOf(order.id)).toEqual([expect.objectContaining({ status: "requested" })])

    for (const [action, body] of [
      ["cancel", {}],
      ["accept", { token: "not-the-transfer-token" }],
      ["decline", { token: "not-the-transfer-token" }],
    ] as const) {
      const asStranger = await orderCall(
        transfer(order.id, action),
        { customerToken: stranger.token },
        post(body),
      )
      expect(asStranger.status).toBe(404)
      const asNobody = await orderCall(transfer(order.id, action), {}, post(body))
      expect([401, 404]).toContain(asNobody.status)
    }
    expect(await changesOf(order.id)).toEqual([expect.objectContaining({ status: "requested" })])

    await expectJson(
      await orderCall(transfer(order.id, "cancel"), { customerToken: claimant.token }, post({})),
      200,
    )
    // The claimant withdrew the request: nothing pending, and the officer can cancel the order.
    expect(await changesOf(order.id)).not.toContainEqual(
      expect.objectContaining({ status: "requested" }),
    )
    await expectJson(await adminFetch(`/admin/orders/${order.id}/cancel`, post({})), 200)
  })

  it("lets whoever holds the order's confirmation token ask for it", async () => {
    const { order, accessToken } = await placeOrder([variantId])
    expect(accessToken).toEqual(expect.any(String))
    await expectJson(
      await orderCall(
        transfer(order.id, "request"),
        { customerToken: stranger.token, accessToken },
        post({}),
      ),
      200,
    )
    expect(await changesOf(order.id)).toEqual([expect.objectContaining({ status: "requested" })])
  })

  it("answers a malformed request from the order's own customer with 400 and writes nothing", async () => {
    const email = `claimant-${unique()}@example.com`
    const { order } = await placeOrder([variantId], { email })
    const claimant = await customerAccount(email)
    const body = await expectJson(
      await orderCall(
        transfer(order.id, "request"),
        { customerToken: claimant.token },
        post({ description: 42 }),
      ),
      400,
    )
    expect(body.message).toMatch(/description/)
    expect(await changesOf(order.id)).toEqual([])
  })
})
