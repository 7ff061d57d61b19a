import { data, type RouterContextProvider } from "react-router"
import type { Locale } from "../i18n/i18n.ts"
import { getLocale } from "../i18n/i18n.server.ts"
import { refusalOf, staffCall, staffToken } from "./auth.server.ts"
import { inputProblemErrors, keptValues, type Parsed, type StaffFormState } from "./forms.ts"
import { placePath, type StaffNotice } from "./paths.ts"
import { redirectWithStaffNotice } from "./session.server.ts"

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

/**
 * A form that changes a place's shelf (goods received, a stocktake): sent with `send` as a
 * staff form (`submitStaffForm`), then back to the place's stock with `notice`.
 */
export async function shelfFormAction<Body>(
  args: { context: Readonly<RouterContextProvider>; request: Request; params: { placeId: string } },
  read: (form: FormData) => Parsed<Body>,
  send: (token: string, placeId: string, body: Body) => Promise<unknown>,
  notice: StaffNotice,
) {
  const { context, request, params } = args
  const locale = getLocale(context)
  const form = await request.formData()
  const stock = placePath(params.placeId, "stock", locale)
  return submitStaffForm(
    request,
    locale,
    form,
    read(form),
    (body) => send(staffToken(context), params.placeId, body),
    () => redirectWithStaffNotice(request, notice, stock),
  )
}
