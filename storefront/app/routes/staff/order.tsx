import type { ComponentProps } from "react"
import { useTranslation } from "react-i18next"
import { data, Form, Link } from "react-router"
import type { Route } from "./+types/order"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { FormRefusal, type Refusal } from "#app/components/staff/form-refusal.tsx"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { formatDateTime, formatVnd } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { getPlaceOrder, movePlaceOrder } from "#app/lib/staff/api.server.ts"
import { refusalOf, staffCall, staffRead, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { moveBody } from "#app/lib/staff/orders.ts"
import { placeOrderPath, placePath } from "#app/lib/staff/paths.ts"
import { redirectWithStaffNotice } from "#app/lib/staff/session.server.ts"
import type { OrderAssignmentStatus } from "@ocop/shared"
import type { PlaceOrder } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

const queueRefusals = ["invalid_transition", "awaiting_payment", "wrong_pickup_code"] as const
const isQueueRefusal = (code: string | null | undefined): code is (typeof queueRefusals)[number] =>
  queueRefusals.some((known) => known === code)

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** One online order of this place; another place's is a 404. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const order = await staffRead({ context, request }, (token, signal) =>
    getPlaceOrder(token, params.placeId, params.assignmentId, signal),
  )
  return {
    seo: staffSeo(
      context,
      staffT(context)("orders.detailTitle", { number: order.display_id ?? "—" }),
    ),
    order,
  }
}

/** One step in the queue; the backend decides whether it is allowed and writes nothing if not. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const body = moveBody(await request.formData())
  if (!body) {
    const refusal: Refusal = { status: 400, message: staffT(context)("orders.unknownStep") }
    return data({ refusal, step: null }, { status: 400 })
  }
  try {
    await staffCall(request, locale, () =>
      movePlaceOrder(token, params.placeId, params.assignmentId, body),
    )
  } catch (error) {
    const refusal: Refusal = refusalOf(error)
    return data({ refusal, step: body.status }, { status: refusal.status })
  }
  return redirectWithStaffNotice(
    request,
    "orderMoved",
    placeOrderPath(params.placeId, params.assignmentId, locale),
  )
}

export default function PlaceOrderPage({
  loaderData: { order },
  actionData,
  params,
}: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const address = order.shipping_address
  // The queue's own refusals, named by code, in the person's language; others as the API wrote.
  const inWords = (refusal: Refusal): Refusal =>
    isQueueRefusal(refusal.code)
      ? { ...refusal, message: t(`orders.refusals.${refusal.code}`) }
      : refusal
  return (
    <>
      <p className="staff-actions">
        <Link to={placePath(params.placeId, "orders", locale)}>{t("orders.backToList")}</Link>
      </p>
      <h1>{t("orders.detailTitle", { number: order.display_id ?? "—" })}</h1>
      <dl className="staff-receipt__facts">
        <dt>{t("orders.statusLabel")}</dt>
        <dd>
          <span className={`staff-badge staff-badge--${order.status}`}>
            {t(`orders.status.${order.status}`)}
          </span>
        </dd>
        <dt>{t("orders.kind")}</dt>
        <dd>{t(`orders.kinds.${order.kind}`)}</dd>
        <dt>{t("orders.date")}</dt>
        <dd>{formatDateTime(order.created_at, locale, "medium")}</dd>
        <dt>{t("orders.payment")}</dt>
        <dd>
          {order.payment_method ? t(`orders.payments.${order.payment_method}`) : "—"} ·{" "}
          {order.paid ? t("orders.paid") : t("orders.unpaid")}
        </dd>
        <dt>{t("orders.customer")}</dt>
        <dd>
          {[order.customer.name, order.customer.phone, order.customer.email]
            .filter(Boolean)
            .join(" · ")}
        </dd>
        {address ? (
          <>
            <dt>{t("orders.address")}</dt>
            <dd>
              {[address.address_1, address.city, address.province].filter(Boolean).join(", ")}
            </dd>
          </>
        ) : null}
        {order.carrier ? (
          <>
            <dt>{t("orders.carrier")}</dt>
            <dd>
              {order.carrier} · {order.tracking_number}
            </dd>
          </>
        ) : null}
        {order.cancel_reason ? (
          <>
            <dt>{t("orders.reason")}</dt>
            <dd>
              {order.cancel_reason === "order_cancelled"
                ? t("orders.orderCancelled")
                : order.cancel_reason === "transfer_lapsed"
                  ? t("orders.transferLapsed")
                  : order.cancel_reason}
            </dd>
          </>
        ) : null}
      </dl>
      <DataTable
        wrap={false}
        caption={t("orders.lines")}
        captionShown
        columns={[
          t("orders.item"),
          numberColumn(t("orders.quantity")),
          numberColumn(t("orders.unitPrice")),
        ]}
      >
        {order.items.map((item) => (
          <tr key={item.order_item_id}>
            <th scope="row">
              {item.title}
              {item.sku ? <span className="staff-muted"> · {item.sku}</span> : null}
            </th>
            <td className="staff-table__number">{item.quantity}</td>
            <td className="staff-table__number">{formatVnd(item.unit_price, locale)}</td>
          </tr>
        ))}
      </DataTable>
      {actionData?.refusal ? <FormRefusal refusal={inWords(actionData.refusal)} /> : null}
      {order.next_statuses.length ? (
        <section aria-labelledby="order-steps" className="staff-order-steps">
          <h2 id="order-steps">{t("orders.nextSteps")}</h2>
          {order.next_statuses.map((status) =>
            status === "new" ? null : <StepForm key={status} order={order} status={status} />,
          )}
        </section>
      ) : null}
    </>
  )
}

/** The form of one step: a button, and the fields the step needs. */
function StepForm({
  order,
  status,
}: {
  order: PlaceOrder
  status: Exclude<OrderAssignmentStatus, "new">
}) {
  const { t } = useTranslation("staff")
  const id = `step-${status}`
  return (
    <Form method="post" className="staff-order-step" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`orders.steps.${status}.title`)}</h3>
      <input type="hidden" name="status" value={status} />
      {status === "ready_for_pickup" || status === "shipped" ? (
        order.payment_method === "bank_transfer" && !order.paid ? (
          <p className="staff-muted">{t("orders.awaitingTransfer")}</p>
        ) : null
      ) : null}
      {status === "shipped" ? (
        <>
          <StepInput
            id={`${id}-carrier`}
            label={t("orders.carrier")}
            name="carrier"
            maxLength={100}
          />
          <StepInput
            id={`${id}-tracking`}
            label={t("orders.trackingNumber")}
            name="tracking_number"
            maxLength={40}
            pattern="[A-Za-z0-9][A-Za-z0-9\-]{3,39}"
            autoComplete="off"
          />
        </>
      ) : null}
      {status === "handed_over" ? (
        <StepInput
          id={`${id}-code`}
          label={t("orders.pickupCode")}
          name="pickup_code"
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
        />
      ) : null}
      {status === "cancelled" ? (
        <p className="staff-field">
          <label htmlFor={`${id}-reason`}>{t("orders.cancelReason")}</label>
          <textarea id={`${id}-reason`} name="reason" required maxLength={500} rows={2} />
        </p>
      ) : null}
      <SubmitButton
        label={t(`orders.steps.${status}.button`)}
        pendingLabel={t("orders.saving")}
        className={status === "cancelled" ? "button button--secondary" : "button"}
      />
    </Form>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}

/** A required text input of a step's form, with its label. */
function StepInput({
  id,
  label,
  ...input
}: { id: string; label: string } & ComponentProps<"input">) {
  return (
    <p className="staff-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} required {...input} />
    </p>
  )
}
