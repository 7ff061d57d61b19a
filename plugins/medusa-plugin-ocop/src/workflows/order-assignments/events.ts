/** Emitted when checkout assigns an order's part to a place: `{ id, order_id, place_id, kind }`. */
export const ORDER_ASSIGNMENT_CREATED = "ocop.order_assignment.created"

/**
 * Emitted on every move in a place's order queue:
 * `{ id, order_id, place_id, kind, status, previous_status }`.
 */
export const ORDER_ASSIGNMENT_STATUS_CHANGED = "ocop.order_assignment.status_changed"
