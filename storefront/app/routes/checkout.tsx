import { useTranslation } from "react-i18next"
import { data, Form, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/checkout"
import { CheckoutSteps } from "#app/components/checkout-steps.tsx"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { SelectField, TextField } from "#app/components/ui/field.tsx"
import { OrderSummary } from "#app/components/ui/order-summary.tsx"
import { deliveryFormSchema } from "#app/lib/checkout/schema.ts"
import { joinFullName } from "#app/lib/core/names.ts"
import { checkoutCart } from "#app/lib/checkout/guard.server.ts"
import { listShippingChoices, saveDelivery } from "#app/lib/checkout/checkout.server.ts"
import { getCustomer } from "#app/lib/account/customer.server.ts"
import { formatVnd } from "#app/lib/i18n/format.ts"
import { fieldErrors, formValues, type FieldErrors } from "#app/lib/core/form.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { StoreRefusal } from "#app/lib/core/medusa.server.ts"
import { groupByProvince } from "#app/lib/catalogue/places.ts"
import { communeSuggestions, provinces } from "#app/lib/core/provinces.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { offeredChoices, type ShippingChoice } from "#app/lib/checkout/shipping.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const { cart, lines, token } = await checkoutCart(request, locale)
  const [choices, customer] = await Promise.all([
    listShippingChoices(cart.id, { locale, token }),
    getCustomer(token, locale),
  ])
  const offered = offeredChoices(choices)
  const chosen = offered.find((choice) => choice.id === cart.shipping_option_id)
  const address = cart.shipping_address
  return {
    seo: privateSeo(context, t("checkout.deliveryTitle")),
    cart,
    lines,
    choices: offered,
    pickupElsewhere: choices.some(
      (choice) => choice.kind === "pickup" && choice.insufficient_inventory,
    ),
    defaults: {
      email: cart.email ?? customer?.email ?? "",
      full_name: (address && joinFullName(address)) || (customer ? joinFullName(customer) : ""),
      phone: address?.phone ?? "",
      shipping_option_id:
        chosen?.id ?? offered.find((choice) => choice.kind === "delivery")?.id ?? "",
      province: chosen?.kind === "delivery" ? (address?.province ?? "") : "",
      commune: chosen?.kind === "delivery" ? (address?.city ?? "") : "",
      address_1: chosen?.kind === "delivery" ? (address?.address_1 ?? "") : "",
    } as Record<string, string>,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const values = formValues(await request.formData())
  const { cart, token } = await checkoutCart(request, locale)
  const choices = offeredChoices(await listShippingChoices(cart.id, { locale, token }))
  const pickupIds = new Set(
    choices.filter((choice) => choice.kind === "pickup").map((choice) => choice.id),
  )
  const parsed = deliveryFormSchema(pickupIds).safeParse(values)
  const choice = choices.find((candidate) => candidate.id === values.shipping_option_id)
  if (!parsed.success || !choice) {
    const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)
    if (!choice) errors.shipping_option_id = "form.errors.choose"
    return data({ errors, values, refusal: null }, { status: 400 })
  }
  try {
    await saveDelivery(cart, parsed.data, choice, { locale, token })
  } catch (error) {
    if (!(error instanceof StoreRefusal)) throw error
    return data({ errors: {} as FieldErrors, values, refusal: error.message }, { status: 400 })
  }
  throw redirect(localizePath("/checkout/payment", locale))
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { cart, lines, choices, pickupElsewhere, defaults } = loaderData
  const { t } = useTranslation()
  const navigation = useNavigation()
  const submitting = navigation.state !== "idle" && navigation.formMethod === "POST"
  const errors: FieldErrors = actionData?.errors ?? {}
  const values = actionData?.values ?? defaults
  const delivery = choices.filter((choice) => choice.kind === "delivery")
  const pickup = choices.filter((choice) => choice.kind === "pickup")
  const errorCount = Object.keys(errors).length
  return (
    <div className="container checkout">
      <CheckoutSteps current="delivery" />
      <h1>{t("checkout.deliveryTitle")}</h1>
      <div className="checkout__grid">
        <Form method="post" className="checkout-form" noValidate aria-busy={submitting}>
          {errorCount > 0 ? (
            <p className="notice notice--error" role="alert">
              {t("form.errorSummary", { count: errorCount })}
            </p>
          ) : null}
          {actionData?.refusal ? (
            <p className="notice notice--error" role="alert">
              {t("checkout.refused", { message: actionData.refusal })}
            </p>
          ) : null}
          <fieldset className="form-section">
            <legend>{t("checkout.contact")}</legend>
            {contactFields.map(({ name, label, hint, ...control }) => (
              <TextField
                key={name}
                id={name}
                name={name}
                label={t(label)}
                defaultValue={values[name]}
                error={errors[name]}
                hint={hint ? t(hint) : undefined}
                required
                {...control}
              />
            ))}
          </fieldset>

          <fieldset
            className="form-section shipping-choices"
            aria-describedby={errors.shipping_option_id ? "shipping-error" : undefined}
          >
            <legend>{t("checkout.howToReceive")}</legend>
            {errors.shipping_option_id ? (
              <p className="field__error" id="shipping-error">
                {t(errors.shipping_option_id)}
              </p>
            ) : null}
            {delivery.map((choice) => (
              <ShippingRadio
                key={choice.id}
                choice={choice}
                checked={values.shipping_option_id === choice.id}
              />
            ))}
            <div role="group" aria-labelledby="pickup-heading">
              <h2 id="pickup-heading" className="shipping-choices__heading">
                {t("checkout.pickupHeading")}
              </h2>
              {pickup.length === 0 ? (
                <p className="field__hint">
                  {pickupElsewhere ? t("checkout.pickupNoneWithStock") : t("checkout.pickupNone")}
                </p>
              ) : (
                groupByProvince(
                  pickup.map((choice) => ({ ...choice, province: choice.place?.province ?? "" })),
                ).map((group) => (
                  <div key={group.province} className="shipping-choices__province">
                    {group.province ? <h3>{group.province}</h3> : null}
                    {group.places.map((choice) => (
                      <ShippingRadio
                        key={choice.id}
                        choice={choice}
                        checked={values.shipping_option_id === choice.id}
                      />
                    ))}
                  </div>
                ))
              )}
            </div>
          </fieldset>

          <AddressFields values={values} errors={errors} />

          <button type="submit" className="button button--large" disabled={submitting}>
            {submitting ? t("checkout.saving") : t("checkout.toPayment")}
          </button>
        </Form>
        <OrderSummary
          headingId="checkout-summary"
          lines={lines.map((line) => ({ ...line, amount: line.subtotal }))}
          itemTotal={cart.item_subtotal}
          shippingTotal={cart.shipping_option_id ? cart.shipping_total : null}
          total={cart.shipping_option_id ? cart.total : cart.item_subtotal}
        />
      </div>
    </div>
  )
}

function ShippingRadio({ choice, checked }: { choice: ShippingChoice; checked: boolean }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const id = `shipping-${choice.id}`
  const place = choice.place
  return (
    <label className="choice" htmlFor={id}>
      <input
        id={id}
        type="radio"
        name="shipping_option_id"
        value={choice.id}
        defaultChecked={checked}
        data-kind={choice.kind}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-detail ${id}-price`}
      />
      <span className="choice__body">
        <span className="choice__title" id={`${id}-title`}>
          {place ? place.name : choice.name}
        </span>
        {place ? (
          <span className="choice__detail" id={`${id}-detail`}>
            {t("checkout.pickupAt", {
              address: `${place.address}, ${place.commune}, ${place.province}`,
            })}
            {place.opening_hours ? (
              <>
                <br />
                {t("checkout.openingHours", { hours: place.opening_hours })}
              </>
            ) : null}
          </span>
        ) : choice.description ? (
          <span className="choice__detail" id={`${id}-detail`}>
            {choice.description}
          </span>
        ) : null}
      </span>
      <span className="choice__price" id={`${id}-price`}>
        {choice.amount === null
          ? ""
          : choice.amount === 0
            ? t("summary.free")
            : formatVnd(choice.amount, locale)}
      </span>
    </label>
  )
}

/** The contact fields, all required: the email for the order's messages, the phone for delivery. */
const contactFields: {
  name: "email" | "full_name" | "phone"
  label: "checkout.email" | "checkout.fullName" | "checkout.phone"
  type?: "email" | "tel"
  autoComplete: "email" | "name" | "tel"
  hint?: "checkout.phoneHint"
}[] = [
  { name: "email", label: "checkout.email", type: "email", autoComplete: "email" },
  { name: "full_name", label: "checkout.fullName", autoComplete: "name" },
  {
    name: "phone",
    label: "checkout.phone",
    type: "tel",
    autoComplete: "tel",
    hint: "checkout.phoneHint",
  },
]

function AddressFields({
  values,
  errors,
}: {
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { t } = useTranslation()
  const communes = [...new Set(Object.values(communeSuggestions).flat())].sort((a, b) =>
    a.localeCompare(b, "vi"),
  )
  return (
    <fieldset className="form-section address-fields">
      <legend>{t("checkout.address")}</legend>
      <p className="field__hint">{t("checkout.addressHint")}</p>
      <SelectField
        id="province"
        name="province"
        label={t("checkout.province")}
        autoComplete="address-level1"
        defaultValue={values.province ?? ""}
        error={errors.province}
      >
        <option value="">{t("checkout.chooseProvince")}</option>
        {provinces.map((province) => (
          <option key={province} value={province}>
            {province}
          </option>
        ))}
      </SelectField>
      <TextField
        id="commune"
        name="commune"
        label={t("checkout.commune")}
        autoComplete="address-level2"
        list="commune-suggestions"
        defaultValue={values.commune}
        error={errors.commune}
        hint={t("checkout.communeHint")}
      />
      <datalist id="commune-suggestions">
        {communes.map((commune) => (
          <option key={commune} value={commune} />
        ))}
      </datalist>
      <TextField
        id="address_1"
        name="address_1"
        label={t("checkout.street")}
        autoComplete="street-address"
        defaultValue={values.address_1}
        error={errors.address_1}
      />
    </fieldset>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
