import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider'

/**
 * The authorization server's storage: one in-memory store per sandbox (so two sandboxes in one process never share
 * tokens), with the grant index oidc-provider needs to revoke every token of a grant at once (refresh token reuse,
 * authorization code replay).
 */

interface Entry {
  payload: AdapterPayload
  expiresAt: number
}

/** Models whose entries belong to a grant and die with it. */
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest'])

export function createMemoryAdapter(now: () => number = Date.now): AdapterFactory {
  const entries = new Map<string, Entry>()
  const grants = new Map<string, Set<string>>()
  const sessionsByUid = new Map<string, string>()

  let writes = 0
  /** A console left running refreshes every minute for days: drop what expired now and then. */
  const sweep = (): void => {
    const time = now()
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key)
    for (const [grantId, members] of grants) {
      for (const member of members) if (!entries.has(member)) members.delete(member)
      if (members.size === 0) grants.delete(grantId)
    }
    for (const [uid, id] of sessionsByUid) if (!entries.has(`Session:${id}`)) sessionsByUid.delete(uid)
  }

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key)
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key)
      return undefined
    }
    return entry
  }

  return (model: string): Adapter => {
    const key = (id: string): string => `${model}:${id}`
    return {
      async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
        writes += 1
        if (writes % 500 === 0) sweep()
        const expiresAt = typeof expiresIn === 'number' ? now() + expiresIn * 1000 : Number.POSITIVE_INFINITY
        entries.set(key(id), { payload, expiresAt })
        if (model === 'Session' && typeof payload.uid === 'string') sessionsByUid.set(payload.uid, id)
        if (GRANTABLE.has(model) && typeof payload.grantId === 'string') {
          const members = grants.get(payload.grantId) ?? new Set<string>()
          members.add(key(id))
          grants.set(payload.grantId, members)
        }
      },
      async find(id: string): Promise<AdapterPayload | undefined> {
        return live(key(id))?.payload
      },
      async findByUid(uid: string): Promise<AdapterPayload | undefined> {
        const id = sessionsByUid.get(uid)
        return id === undefined ? undefined : live(key(id))?.payload
      },
      async findByUserCode(): Promise<undefined> {
        return undefined
      },
      async consume(id: string): Promise<void> {
        const entry = live(key(id))
        if (entry) entry.payload.consumed = Math.floor(now() / 1000)
      },
      async destroy(id: string): Promise<void> {
        entries.delete(key(id))
      },
      async revokeByGrantId(grantId: string): Promise<void> {
        for (const member of grants.get(grantId) ?? []) entries.delete(member)
        grants.delete(grantId)
      },
    }
  }
}
