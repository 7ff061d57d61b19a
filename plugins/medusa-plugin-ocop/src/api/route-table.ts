import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareFunction,
  type MiddlewareRoute,
} from "@medusajs/framework/http"

type Method = "GET" | "POST" | "DELETE"
type Schema = Parameters<typeof validateAndTransformQuery>[0]
type BodyValidator = (schema: Schema) => MiddlewareFunction

/** Every list route pages with Medusa's `limit`/`offset` and reads ids unless told otherwise. */
export const listQuery = { defaults: ["id"], isList: true }

/**
 * A scope's route table, one row a route: `route(method, matcher, schema?)` runs the scope's
 * guards (its `authenticate()`) first, then the schema if any — a GET validates its query as a
 * list, any other method its body, with Medusa's validator or the scope's own (the producer
 * portal's coded refusals, decision 0016).
 */
export function routeTable(
  guards: MiddlewareFunction[] = [],
  validateBody: BodyValidator = validateAndTransformBody,
) {
  return (method: Method, matcher: string, schema?: Schema): MiddlewareRoute => {
    const validators = !schema
      ? []
      : [method === "GET" ? validateAndTransformQuery(schema, listQuery) : validateBody(schema)]
    return { matcher, method, middlewares: [...guards, ...validators] }
  }
}
