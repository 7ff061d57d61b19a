import { useTranslation } from "react-i18next"

const steps = ["delivery", "payment", "confirmation"] as const

/** Where the shopper is in the checkout. */
export function CheckoutSteps({ current }: { current: (typeof steps)[number] }) {
  const { t } = useTranslation()
  return (
    <ol className="checkout-steps" aria-label={t("checkout.stepsLabel")}>
      {steps.map((step) => (
        <li key={step} aria-current={step === current ? "step" : undefined}>
          {t(`checkout.steps.${step}`)}
        </li>
      ))}
    </ol>
  )
}
