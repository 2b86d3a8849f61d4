import { declaredInputs, workflowOutcome } from '../../sandbox/rest/routes/actions'

const workflow = (steps: string): string => `name: CI
on:
  workflow_dispatch:
    inputs:
      environment:
        default: staging
      dry-run:
        type: boolean
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
${steps}`

describe('a sandbox workflow file', () => {
  it('fails when a step exits with a non-zero code, on one line or in a block', () => {
    expect(workflowOutcome(workflow('      - run: npm test && exit 1\n'))).toBe('failure')
    expect(workflowOutcome(workflow('      - name: Lint\n        run: |\n          npm run lint\n          exit 2\n'))).toBe('failure')
  })

  it('succeeds otherwise: exit 0, a comment, a word that merely contains "exit"', () => {
    expect(workflowOutcome(workflow('      - run: npm test\n'))).toBe('success')
    expect(workflowOutcome(workflow('      - run: npm test; exit 0\n'))).toBe('success')
    expect(workflowOutcome(workflow('      # - run: exit 1\n      - run: npm test # never exit 1 here\n'))).toBe('success')
    expect(workflowOutcome(workflow('      - run: ./preexit 1\n'))).toBe('success')
  })

  it('declares the inputs under workflow_dispatch', () => {
    expect(declaredInputs(workflow('      - run: npm test\n'))).toEqual(['environment', 'dry-run'])
    expect(declaredInputs('on: push\n')).toEqual([])
  })
})
