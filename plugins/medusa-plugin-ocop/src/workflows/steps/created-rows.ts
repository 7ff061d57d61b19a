import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

type Ids = string | string[]

/** A creating step's answer: the rows it created, and their ids for its compensation. */
export function createdRows<T extends { id: string }>(rows: T[]) {
  return new StepResponse(
    rows,
    rows.map((row) => row.id),
  )
}

/**
 * The compensation of a step that created ocop rows: delete them by id (one or many), or
 * nothing when the step created none.
 */
export function deleteCreated(remove: (ocop: OcopModuleService, ids: Ids) => Promise<unknown>) {
  return async (ids: Ids | undefined, { container }: { container: MedusaContainer }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await remove(ocop, ids)
  }
}

/** A step that stores a batch of ocop rows (one insert), undone by deleting them. */
export function createRowsStep<Input, Row extends { id: string }>(
  name: string,
  create: (ocop: OcopModuleService, input: Input[]) => Promise<Row[]>,
  remove: (ocop: OcopModuleService, ids: Ids) => Promise<unknown>,
) {
  return createStep(
    name,
    async (input: Input[], { container }) => {
      const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
      return createdRows(await create(ocop, input))
    },
    deleteCreated(remove),
  )
}

/** A step that stores one ocop row, undone by deleting it. */
export function createRowStep<Input, Row extends { id: string }>(
  name: string,
  create: (ocop: OcopModuleService, input: Input) => Promise<Row>,
  remove: (ocop: OcopModuleService, ids: Ids) => Promise<unknown>,
) {
  return createStep(
    name,
    async (input: Input, { container }) => {
      const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
      const created = await create(ocop, input)
      return new StepResponse(created, created.id)
    },
    deleteCreated(remove),
  )
}
