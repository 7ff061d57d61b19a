import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { ErrorState } from "../components/error-state"
import { LoadingState } from "../components/loading-state"
import { SectionRow } from "../components/section-row"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useOrderPayment, useRecordTransferPayment } from "../hooks/use-order-payment"
import { toastFailure } from "../lib/errors"

const vnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`

/**
 * A bank-transfer order's payment: the reference to look for on the shop's statement, the day
 * it lapses, and the form that records the transfer as received (which captures the payment).
 */
const OrderTransferPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, formatDate } = useOcopTranslation()
  const payment = useOrderPayment(order.id)
  const record = useRecordTransferPayment(order.id)
  const [bankReference, setBankReference] = useState("")
  if (payment.data && payment.data.payment_method !== "bank_transfer") return null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!payment.data) return
    record.mutate(
      { amount: payment.data.total, bank_reference: bankReference.trim() || undefined },
      {
        onSuccess: () => toast.success(t("transfer.recorded")),
        onError: toastFailure(t, t("transfer.failed")),
      },
    )
  }
  const data = payment.data
  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="ocop-transfer-heading">
      <div className="px-6 py-4">
        <Heading level="h2" id="ocop-transfer-heading">
          {t("transfer.title")}
        </Heading>
      </div>
      {payment.isLoading && <LoadingState label={t("transfer.loading")} />}
      {payment.isError && <ErrorState error={payment.error} what={t("transfer.what")} />}
      {data && (
        <>
          <SectionRow label={t("transfer.reference")}>{data.reference ?? "—"}</SectionRow>
          <SectionRow label={t("transfer.amount")}>{vnd(data.total)}</SectionRow>
          {data.transfer_payment ? (
            <SectionRow label={t("transfer.received")}>
              <Text size="small" leading="compact">
                {`${vnd(data.transfer_payment.amount)} · ${formatDate(data.transfer_payment.received_at)}`}
              </Text>
              {data.transfer_payment.bank_reference && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {data.transfer_payment.bank_reference}
                </Text>
              )}
            </SectionRow>
          ) : data.canceled ? (
            <SectionRow label={t("common.status")}>{t("transfer.cancelledUnpaid")}</SectionRow>
          ) : data.paid ? (
            <SectionRow label={t("common.status")}>{t("transfer.paid")}</SectionRow>
          ) : (
            <form className="flex flex-col gap-y-3 px-6 py-4" onSubmit={submit}>
              {data.due_by && (
                <Text size="small" className="text-ui-fg-subtle">
                  {t("transfer.dueBy", { date: formatDate(data.due_by) })}
                </Text>
              )}
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="ocop-bank-reference">{t("transfer.bankReference")}</Label>
                <Input
                  id="ocop-bank-reference"
                  value={bankReference}
                  maxLength={140}
                  onChange={(event) => setBankReference(event.target.value)}
                />
              </div>
              <Button type="submit" size="small" isLoading={record.isPending}>
                {t("transfer.record", { amount: vnd(data.total) })}
              </Button>
            </form>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderTransferPaymentWidget
