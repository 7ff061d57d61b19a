import type { UseMutationResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useFormState } from "../hooks/use-form-state"
import type { Invitation } from "../hooks/use-invitations"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { optional } from "../lib/form-values"
import type { PersonBody } from "../lib/network-types"
import { DrawerForm } from "./form-drawer"
import { PersonFields } from "./person-fields"
import { announceInvitation } from "./resend-invitation-button"

type InvitePersonFormProps<C> = {
  /**
   * The drawer's translation group: `.title`, `.description`, `.intro`, `.submit`, `.choose`
   * (what is missing while nothing is chosen), `.invited` and `.failed`.
   */
  texts: "inviteProducerUser" | "openStaffAccount"
  /** Prefix of the person fields' ids ("invite" → invite-email). */
  id: string
  /** What the account is for, in the API's words; null while the officer has not chosen. */
  choice: C | null
  /** Values for `.invited` besides the email (the producer's name). */
  textValues?: Record<string, string>
  /** The write: opens the account and emails the invitation. */
  invite: UseMutationResult<{ invitation: Invitation }, Error, PersonBody & C>
  onDone: () => void
  /** The control that makes the choice (a producer picker, a place checklist). */
  children: ReactNode
}

const EMPTY = { email: "", firstName: "", lastName: "" }

/** Opens an account for a person and emails them an invitation to claim it. */
export const InvitePersonForm = <C extends object>({
  texts,
  id,
  choice,
  textValues,
  invite,
  onDone,
  children,
}: InvitePersonFormProps<C>) => {
  const { t } = useOcopTranslation()
  const { form, bind, problem, setProblem, failWith } = useFormState(EMPTY)

  const submit = () => {
    if (!choice) {
      setProblem(t(`${texts}.choose`))
      return
    }
    const email = form.email.trim()
    const person = {
      email,
      first_name: optional(form.firstName),
      last_name: optional(form.lastName),
    }
    invite.mutate(
      { ...person, ...choice },
      {
        onSuccess: ({ invitation }) => {
          announceInvitation(invitation, t(`${texts}.invited`, { ...textValues, email }), t)
          onDone()
        },
        onError: failWith(t(`${texts}.failed`)),
      },
    )
  }

  return (
    <DrawerForm texts={texts} problem={problem} onSubmit={submit} isPending={invite.isPending}>
      <PersonFields
        id={id}
        email={bind("email")}
        lastName={bind("lastName")}
        firstName={bind("firstName")}
      />
      {children}
    </DrawerForm>
  )
}
