import { Module } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "./lib/constants"
import OcopModuleService from "./service"

export { OCOP_MODULE }

export default Module(OCOP_MODULE, {
  service: OcopModuleService,
})
