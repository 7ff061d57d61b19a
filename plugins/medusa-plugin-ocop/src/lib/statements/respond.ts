import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCsv } from "../csv"
import { statementsCsv } from "./csv"
import { consignmentStatements, type StatementQuery } from "./statements"

/** Answers with the statements in scope, as JSON or (`format=csv`) as a CSV download. */
export async function respondWithStatements(
  req: MedusaRequest,
  res: MedusaResponse,
  query: StatementQuery & { format: "json" | "csv" },
) {
  const result = await consignmentStatements(req.scope, query)
  if (query.format === "csv") {
    const span = [query.from, query.to].filter(Boolean).join("_") || "all"
    return sendCsv(res, `ocop-statements-${span}.csv`, statementsCsv(result.statements))
  }
  res.json(result)
}
