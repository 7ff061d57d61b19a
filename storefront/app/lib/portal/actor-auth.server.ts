import type { portalApi } from "./api.server.ts"

type Call = ReturnType<typeof portalApi>

/**
 * A portal actor's own auth routes: its login (`/auth/{actor}/emailpass`) and the claim of the
 * account an officer opened (`/{actor}/account/claim`, answering `{ "{actor}_user": … }`).
 */
export function actorAuth<User>(call: Call, actor: "producer" | "staff" | "organizer") {
  return {
    /**
     * A login's token; 401 for a wrong password, 429 while the client must wait. `client`: the
     * headers naming the person's address (edge.server.ts: forwardedClient).
     */
    async logIn(email: string, password: string, client: Record<string, string>) {
      const { token } = await call<{ token: string }>(`/auth/${actor}/emailpass`, {
        method: "POST",
        body: { email, password },
        headers: client,
      })
      return token
    },
    /**
     * Claims the account an officer opened, with the token from the invitation email: the login
     * for the invited email gets this password. 403 with an invitation code when refused.
     */
    async claimAccount(claim: { token: string; email: string; password: string }) {
      const answer = await call<Record<string, User>>(`/${actor}/account/claim`, {
        method: "POST",
        body: claim,
      })
      return answer[`${actor}_user`] as User
    },
  }
}
