import { toast } from "@medusajs/ui"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { ConsignmentStatement as Statement } from "@ocop/shared"
import { useRecordConsignmentPayment } from "../hooks/use-statements"
import { optional } from "../lib/form-values"
import { ChoiceField } from "./choice-field"
import { DrawerForm, FormDrawer, type FormProps } from "./form-drawer"
import { TextField } from "./form-field"

type RecordPaymentDrawerProps = {
  statement: Statement | null
  onClose: () => void
}

const EMPTY = { amount: "", method: "bank_transfer", reference: "", paidOn: "" }

/** Records what a place paid a producer: amount in whole đồng, method, reference and day. */
const RecordPaymentForm = ({ statement, onDone }: FormProps<{ statement: Statement }>) => {
  const { t } = useOcopTranslation()
  const owed = { ...EMPTY, amount: statement.balance > 0 ? String(statement.balance) : "" }
  const { form, set, field, problem, setProblem, failWith } = useFormState(owed, "recordPayment")
  const record = useRecordConsignmentPayment()
  const submit = () => {
    const amount = Number(form.amount)
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      setProblem(t("recordPayment.wholeDong"))
      return
    }
    record.mutate(
      {
        producer_id: statement.producer.id,
        place_id: statement.place.id,
        amount,
        method: form.method as "cash" | "bank_transfer",
        reference: optional(form.reference) ?? undefined,
        paid_on: optional(form.paidOn) ?? undefined,
      },
      {
        onSuccess: () => {
          toast.success(t("recordPayment.recorded"))
          onDone()
        },
        onError: failWith(t("recordPayment.failed")),
      },
    )
  }
  return (
    <DrawerForm
      texts="recordPayment"
      textValues={{ producer: statement.producer.name, place: statement.place.name }}
      problem={problem}
      onSubmit={submit}
      isPending={record.isPending}
    >
      <TextField {...field("amount")} inputMode="numeric" required />
      <ChoiceField
        id="record-payment-method"
        label={t("recordPayment.fields.method")}
        value={form.method}
        onChange={(value) => set("method", value)}
        options={[
          { value: "bank_transfer", label: t("recordPayment.methods.bank_transfer") },
          { value: "cash", label: t("recordPayment.methods.cash") },
        ]}
      />
      <TextField {...field("reference")} optional />
      <TextField {...field("paidOn")} type="date" optional />
    </DrawerForm>
  )
}

export const RecordPaymentDrawer = ({ statement, onClose }: RecordPaymentDrawerProps) => (
  <FormDrawer open={statement !== null} onOpenChange={(open) => !open && onClose()}>
    {statement && <RecordPaymentForm statement={statement} onDone={onClose} />}
  </FormDrawer>
)
