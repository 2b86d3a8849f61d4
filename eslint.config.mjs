import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

/** What no service code may import: it is deployed alone, and the platform, sandbox and tests are not. */
const SERVICE_ONLY = [
  { group: ['**/platform', '**/platform/**'], message: 'The service (src/) must not import the local platform.' },
  { group: ['**/sandbox', '**/sandbox/**'], message: 'The service (src/) must not import the sandbox GitHub.' },
  { group: ['**/test/**', '**/scripts/**', '**/bench/**'], message: 'The service (src/) must not import tests, scripts or the benchmark.' },
]
const ONLY_THE_CONTRACT_CLASS = {
  group: ['backendless', 'backendless/**'],
  message: 'Only the contract class (src/GitHub.ts) talks to Backendless; modules stay platform-neutral.',
}
const NEUTRAL = {
  group: ['**/github', '**/github/**'],
  message: 'Provider-neutral code (OAuth2, HTTP, operations) says nothing about GitHub.',
}
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'artifacts/**', 'node_modules/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    // The sandbox GitHub is a separate program standing in for GitHub: it must not lean on the service it is testing
    // (src/) or on the platform that starts it, or it would stop being an independent stand-in.
    files: ['sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src', '**/src/**'], message: 'The sandbox must not import the service (src/).' },
            { group: ['**/platform', '**/platform/**'], message: 'The sandbox must not import the platform.' },
          ],
        },
      ],
    },
  },
  {
    // The platform starts the sandbox as a child process through sandbox/process.ts only (headless-login drives its
    // pages for scripted runs); anything else would pull the sandbox, and oidc-provider, into the platform's process.
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)sandbox(/(?!(process|headless-login)$).*)?$',
              message: 'The platform may import only sandbox/process (and sandbox/headless-login).',
            },
          ],
          paths: [
            { name: '../src/log', importNames: ['log'], message: 'The platform writes through its own logger (platform/log.ts).' },
            { name: '../../src/log', importNames: ['log'], message: 'The platform writes through its own logger (platform/log.ts).' },
          ],
        },
      ],
    },
  },
  {
    // The boundaries of the service: see "Architecture" in the README.
    files: ['src/**/*.ts'],
    ignores: ['src/GitHub.ts'],
    rules: restrict(...SERVICE_ONLY, ONLY_THE_CONTRACT_CLASS),
  },
  { files: ['src/GitHub.ts'], rules: restrict(...SERVICE_ONLY) },
  {
    files: ['src/oauth2/**/*.ts', 'src/http/**/*.ts', 'src/operations/**/*.ts'],
    rules: restrict(...SERVICE_ONLY, ONLY_THE_CONTRACT_CLASS, NEUTRAL),
  },
  {
    // Node runs these CommonJS scripts as they are, without a build step.
    files: ['scripts/**/*.js', '**/*.cjs', 'jest*.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
