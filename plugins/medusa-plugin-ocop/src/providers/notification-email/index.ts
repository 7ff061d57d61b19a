import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { EmailNotificationProvider } from "./service"

/** Notification Module provider for the email channel: SMTP when configured, else the log. */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [EmailNotificationProvider],
})
