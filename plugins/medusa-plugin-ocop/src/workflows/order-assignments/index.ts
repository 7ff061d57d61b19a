export * from "./assign-order"
export * from "./close-cancelled-order"
export * from "./events"
export * from "./move-assignment"
