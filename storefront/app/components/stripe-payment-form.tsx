import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useSubmit } from "react-router"
import { elementsOptions } from "#app/lib/checkout/stripe.ts"

export type StripePaymentProps = {
  publishableKey: string
  clientSecret: string
  locale: "vi" | "en"
  /** Where Stripe sends the shopper back after a redirecting method (absolute URL). */
  returnUrl: string
  /** The storefront route that completes the cart once Stripe has the payment. */
  completePath: string
}

const stripes = new Map<string, Promise<Stripe | null>>()

function stripeFor(publishableKey: string) {
  let stripe = stripes.get(publishableKey)
  if (!stripe) {
    stripe = loadStripe(publishableKey)
    stripes.set(publishableKey, stripe)
  }
  return stripe
}

/**
 * Stripe's Payment Element for the cart's Stripe session. Loaded on demand: this module and
 * the Stripe libraries ship only to a shopper who chose to pay by card.
 */
export default function StripePaymentForm(props: StripePaymentProps) {
  return (
    <Elements
      stripe={stripeFor(props.publishableKey)}
      options={elementsOptions(props.clientSecret, props.locale)}
    >
      <CardForm returnUrl={props.returnUrl} completePath={props.completePath} />
    </Elements>
  )
}

function CardForm({ returnUrl, completePath }: { returnUrl: string; completePath: string }) {
  const { t } = useTranslation()
  const stripe = useStripe()
  const elements = useElements()
  const submit = useSubmit()
  const [paying, setPaying] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    setPaying(true)
    setMessage(null)
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: returnUrl },
      redirect: "if_required",
    })
    if (error) {
      setMessage(error.message ?? t("payment.cardFailed"))
      setPaying(false)
      return
    }
    await submit(null, { method: "post", action: completePath })
  }

  return (
    <form className="card-form" onSubmit={pay} aria-busy={paying}>
      <PaymentElement />
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      <button type="submit" className="button button--large" disabled={!stripe || paying}>
        {paying ? t("payment.paying") : t("payment.payByCard")}
      </button>
    </form>
  )
}
