import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRecordTransferPayment } from "./validators"

/** Officers record bank transfers received on shoppers' orders. */
export const adminOrderPaymentMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/orders/:id/transfer-payment",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminRecordTransferPayment)],
  },
]
