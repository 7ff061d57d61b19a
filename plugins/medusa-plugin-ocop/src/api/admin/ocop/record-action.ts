import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"

type Workflow<Input, Result> = (container: MedusaContainer) => {
  run: (args: { input: Input }) => Promise<{ result: Result }>
}

/**
 * The `POST …/:id…` route of an officer's action on one record: runs `workflow` with the input
 * `input` makes of the record's id and the validated body, and answers its result under `key`.
 */
export const recordAction =
  <Body, Input, Result>(
    workflow: Workflow<Input, Result>,
    key: string,
    input: (id: string, body: Body) => Input,
  ) =>
  async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) => {
    const { result } = await workflow(req.scope).run({
      input: input(req.params.id, req.validatedBody),
    })
    res.json({ [key]: result })
  }
