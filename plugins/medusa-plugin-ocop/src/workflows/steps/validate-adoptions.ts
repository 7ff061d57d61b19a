import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlaceRecord } from "./create-places"

/**
 * Stock locations become places only once: each must exist and have no place yet, and appear
 * once in the batch. Returns the records unchanged.
 */
export const validateAdoptionsStep = createStep(
  "validate-ocop-place-adoptions",
  async (records: PlaceRecord[], { container }) => {
    const ids = records.map((record) => record.stock_location_id)
    const twice = ids.find((id, index) => ids.indexOf(id) !== index)
    if (twice) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Stock location ${twice} appears twice in the batch.`,
        "stock_location_twice",
      )
    }
    const { data: locations } = ids.length
      ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "stock_location",
          fields: ["id", "ocop_place.id"],
          filters: { id: ids },
        })
      : { data: [] }
    for (const id of ids) {
      const location = locations.find((row) => row.id === id)
      if (!location) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Stock location ${id} not found.`,
          "stock_location_not_found",
        )
      }
      if (location.ocop_place) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `Stock location ${id} is already a place.`,
        )
      }
    }
    return new StepResponse(records)
  },
)
