import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminFetch } from "../lib/admin-fetch"
import { post } from "./use-admin-api"

/** GET /admin/ocop/orders/:id/transfer-payment */
export type OrderPayment = {
  order_id: string
  display_id: number
  payment_method: "cod" | "bank_transfer" | "card" | null
  total: number
  paid: boolean
  canceled: boolean
  due_by: string | null
  reference: string | null
  transfer_payment: {
    amount: number
    bank_reference: string | null
    recorded_by_type: string
    recorded_by: string | null
    received_at: string
  } | null
}

const key = (orderId: string) => ["ocop", "order-payment", orderId]

export function useOrderPayment(orderId: string) {
  return useQuery({
    queryKey: key(orderId),
    queryFn: () =>
      adminFetch<{ payment: OrderPayment }>(`/admin/ocop/orders/${orderId}/transfer-payment`).then(
        (body) => body.payment,
      ),
  })
}

export function useRecordTransferPayment(orderId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { amount: number; bank_reference?: string }) =>
      post<{ payment: OrderPayment }>(`/admin/ocop/orders/${orderId}/transfer-payment`, body),
    onSuccess: () => client.invalidateQueries(),
  })
}
