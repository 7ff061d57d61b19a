import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { EdgeOptions } from "./client-address"

/** The plugin's options (backend/medusa-config.ts); every module of the plugin receives them. */
export type OcopPluginOptions = {
  /** Login throttle counts in Redis when set, else in Postgres. */
  redisUrl?: string
  /** How many reverse proxies in front of the backend to believe (TRUSTED_PROXY_COUNT). */
  trustedProxyCount?: number
  /** The secret the storefront sends with a shopper's address (STOREFRONT_SECRET). */
  storefrontSecret?: string
}

export const PLUGIN_NAME = "medusa-plugin-ocop"

let cached: { config: ConfigModule; options: EdgeOptions } | undefined

/** The HTTP edge's options, from the plugin's entry in the app's configuration. */
export function edgeOptions(scope: MedusaContainer): EdgeOptions {
  const config = scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  if (cached?.config === config) return cached.options
  const entry = config.plugins.find(
    (plugin) => typeof plugin !== "string" && plugin.resolve === PLUGIN_NAME,
  )
  const given = (typeof entry === "object" ? entry.options : undefined) as
    OcopPluginOptions | undefined
  const options = {
    trustedProxyCount: Math.max(0, Math.trunc(Number(given?.trustedProxyCount) || 0)),
    storefrontSecret: given?.storefrontSecret || undefined,
  }
  cached = { config, options }
  return options
}
