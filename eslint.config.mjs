import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

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
    // Node runs these CommonJS scripts as they are, without a build step.
    files: ['scripts/**/*.js', '**/*.cjs', 'jest*.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
