import type { StatementListResponse } from "@ocop/shared"
import type { Period } from "../components/period-picker"
import { ocopKeys } from "../lib/query-keys"
import { post, useAdminRead, useOcopWrite } from "./use-admin-api"

export type StatementPeriod = Period

export type RecordPaymentBody = {
  producer_id: string
  place_id: string
  amount: number
  method: "cash" | "bank_transfer"
  reference?: string
  paid_on?: string
}

/** A period's non-empty ends, as query parameters. */
export const periodQuery = (period: Period) =>
  Object.fromEntries(Object.entries(period).filter(([, value]) => value))

/** Every place's statements for a period (calendar days; empty ends are open). */
export const useStatements = (period: StatementPeriod) =>
  useAdminRead<StatementListResponse>(
    [...ocopKeys.all, "statements", period],
    "/admin/ocop/statements",
    { query: periodQuery(period) },
  )

/** The same statements as a CSV download (the admin session's cookie signs the request). */
export const statementsCsvHref = (period: StatementPeriod) =>
  `/admin/ocop/statements?${new URLSearchParams({ ...periodQuery(period), format: "csv" })}`

/** Records a place's payment to a producer. */
export const useRecordConsignmentPayment = () =>
  useOcopWrite((body: RecordPaymentBody) =>
    post<{ payment: { id: string } }>("/admin/ocop/statements/payments", body),
  )
