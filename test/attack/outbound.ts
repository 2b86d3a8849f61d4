import nock from 'nock'

/**
 * Counts requests that tried to leave the process without a matching nock interceptor.
 * Tests that must send nothing define no interceptors and assert the count stays 0.
 */
export function countOutboundAttempts(): { count(): number; reset(): void } {
  let attempts = 0
  const onNoMatch = (): void => {
    attempts++
  }
  beforeAll(() => {
    nock.emitter.on('no match', onNoMatch)
  })
  afterAll(() => {
    nock.emitter.removeListener('no match', onNoMatch)
  })
  return {
    count: () => attempts,
    reset: () => {
      attempts = 0
    },
  }
}
