import { createMemoryAdapter } from '../../sandbox/memory-adapter'

/** The sandbox authorization server's storage (sandbox/memory-adapter.ts), on a manual clock. */
describe('sandbox memory adapter', () => {
  let time = 1_000_000
  const now = () => time
  const factory = createMemoryAdapter(now)
  const tokens = factory('AccessToken')
  const refreshTokens = factory('RefreshToken')
  const sessions = factory('Session')

  test('entries expire with their lifetime', async () => {
    await tokens.upsert('a', { grantId: 'g0', accountId: 'sandbox-octocat' }, 2)

    expect(await tokens.find('a')).toMatchObject({ accountId: 'sandbox-octocat' })
    time += 1999
    expect(await tokens.find('a')).toBeDefined()
    time += 1
    expect(await tokens.find('a')).toBeUndefined()
  })

  test('models do not share ids, and consume marks an entry without removing it', async () => {
    await refreshTokens.upsert('same', { grantId: 'g1' }, 60)
    await tokens.upsert('same', { grantId: 'g1', accountId: 'x' }, 60)
    await refreshTokens.consume('same')

    expect(await refreshTokens.find('same')).toMatchObject({ consumed: Math.floor(time / 1000) })
    expect(await tokens.find('same')).not.toHaveProperty('consumed')
  })

  test('revoking a grant removes every token of it, and only those', async () => {
    await tokens.upsert('t1', { grantId: 'g2' }, 60)
    await refreshTokens.upsert('r1', { grantId: 'g2' }, 60)
    await tokens.upsert('t2', { grantId: 'g3' }, 60)

    await tokens.revokeByGrantId('g2')

    expect(await tokens.find('t1')).toBeUndefined()
    expect(await refreshTokens.find('r1')).toBeUndefined()
    expect(await tokens.find('t2')).toBeDefined()
  })

  test('sessions are found by uid until destroyed', async () => {
    await sessions.upsert('s1', { uid: 'u1', accountId: 'sandbox-octocat' }, 60)

    expect(await sessions.findByUid('u1')).toMatchObject({ accountId: 'sandbox-octocat' })
    await sessions.destroy('s1')
    expect(await sessions.findByUid('u1')).toBeUndefined()
  })
})
