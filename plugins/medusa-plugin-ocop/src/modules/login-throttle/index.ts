import { Module } from "@medusajs/framework/utils"
import LoginThrottleModuleService from "./service"

export const LOGIN_THROTTLE_MODULE = "login_throttle"

export default Module(LOGIN_THROTTLE_MODULE, {
  service: LoginThrottleModuleService,
})
