import { data, redirect } from "react-router"
import type { z } from "zod"
import type { Locale } from "../i18n/i18n.ts"
import { PortalApiError } from "../portal/api.server.ts"
import { formValues } from "../core/form.ts"
import { organizerCall } from "./auth.server.ts"
import { organizerFieldErrors, type OrganizerFieldErrors } from "./forms.ts"
import type { OrganizerNotice } from "./paths.ts"
import { organizerSession } from "./session.server.ts"

/** The API's refusal of a form: its status, its message and the rule's code, when it has one. */
export type OrganizerRefusal = { status: number; message: string; code: string | null }

/** What an organiser form's action gives back to its page: which form, as typed, what to fix. */
export type OrganizerFormState = {
  intent: string
  values: Record<string, string>
  errors: OrganizerFieldErrors
  refusal?: OrganizerRefusal
}

/**
 * An organiser form's submission: checked here first (400 with its field errors, nothing
 * sent), then sent to the API; the API's refusal (400, 404 or 409: a lapsing certificate, a
 * place not linked to the fair, a taken address) comes back above the form with the values as
 * typed. An accepted one goes on to `to`, with the notice it shows once.
 */
export async function submitOrganizerForm<S extends z.ZodType, R>(
  request: Request,
  locale: Locale,
  form: FormData,
  schema: S,
  send: (body: z.infer<S>) => Promise<R>,
  done: (result: R) => { notice: OrganizerNotice; to: string },
) {
  const intent = String(form.get("intent") ?? "")
  const values = formValues(form)
  const parsed = schema.safeParse(Object.fromEntries(form))
  if (!parsed.success) {
    const errors = organizerFieldErrors(parsed.error)
    return data<OrganizerFormState>({ intent, values, errors }, { status: 400 })
  }
  let result: R
  try {
    result = await organizerCall(request, locale, () => send(parsed.data))
  } catch (error) {
    if (!(error instanceof PortalApiError) || ![400, 404, 409].includes(error.status)) throw error
    const refusal = { status: error.status, message: error.message, code: error.code }
    return data<OrganizerFormState>(
      { intent, values, errors: {}, refusal },
      { status: error.status },
    )
  }
  const { notice, to } = done(result)
  const session = await organizerSession.getSession(request)
  session.flash("notice", notice)
  return redirect(to, {
    headers: { "Set-Cookie": await organizerSession.commitSession(session) },
  })
}
