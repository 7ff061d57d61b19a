import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareFunction,
  type MiddlewareRoute,
} from "@medusajs/framework/http"

type Method = "GET" | "POST" | "DELETE"
type Schema = Parameters<typeof validateAndTransformQuery>[0]
type BodyValidator = (schema: Schema) => MiddlewareFunction

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/** Every list route pages with Medusa's `limit`/`offset` and reads ids unless told otherwise. */
export const listQuery = { defaults: ["id"], isList: true }
/** A GET that answers one read model (a statement), not a page of a list. */
export const oneQuery = { defaults: ["id"], isList: false }

/**
 * A scope's route table, one row a route: `route(method, matcher, schema?)` runs the scope's
 * guards (its `authenticate()`) first, then the schema if any — a GET validates its query (as a
 * list unless given another query config), any other method its body, with Medusa's validator or the scope's own (the producer
 * portal's coded refusals, decision 0016).
 */
export function routeTable(
  guards: MiddlewareFunction[] = [],
  validateBody: BodyValidator = validateAndTransformBody,
) {
  return (
    method: Method,
    matcher: string,
    schema?: Schema,
    queryConfig: QueryConfig = listQuery,
  ): MiddlewareRoute => {
    const validators = !schema
      ? []
      : [method === "GET" ? validateAndTransformQuery(schema, queryConfig) : validateBody(schema)]
    return { matcher, method, middlewares: [...guards, ...validators] }
  }
}
