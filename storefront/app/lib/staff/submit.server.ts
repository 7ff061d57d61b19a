import { data } from "react-router"
import type { Locale } from "../i18n/i18n.ts"
import { refusalOf, staffCall } from "./auth.server.ts"
import { inputProblemErrors, keptValues, type Parsed, type StaffFormState } from "./forms.ts"

/**
 * A staff form's submission, the same for every form of the portal: the form checked here first
 * (400 with its field errors, nothing sent), then sent to the API; the API's refusal comes back
 * above the form with the values as typed (and its input check's field, when it names one).
 * `done` answers the accepted submission, with a redirect.
 */
export async function submitStaffForm<Body, Result>(
  request: Request,
  locale: Locale,
  form: FormData,
  parsed: Parsed<Body>,
  send: (body: Body) => Promise<Result>,
  done: (result: Result) => Response | Promise<Response>,
) {
  const values = keptValues(form)
  if (!parsed.ok) return data<StaffFormState>({ values, errors: parsed.errors }, { status: 400 })
  let result: Result
  try {
    result = await staffCall(request, locale, () => send(parsed.body))
  } catch (error) {
    const refusal = refusalOf(error)
    return data<StaffFormState>(
      { values, errors: inputProblemErrors(refusal), refusal },
      { status: refusal.status },
    )
  }
  return done(result)
}
