// ESLint: typescript-eslint mit Typinformation; Paketgrenzen als Regeln mit Handlungsanweisung.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

// Interne Verweise in Zeichenketten (esquery-Regex, siehe Regel „Zwei Stimmen“ unten; die
// vollständige Prüfung von Texten macht interneMarker() in packages/recht).
const internerMarker =
  '/(recht|pruefungen|szenarien|produkt)[.]md|[^A-Za-z](OQ|RF|SEED)-[0-9]|^(OQ|RF|SEED)-[0-9]|\\[(DESIGN|UNVERIFIED|V-SEC)|UNVERIFIED|RECHTSFRAGE [(]/';

export default tseslint.config(
  // Erzeugt (npm run api:generieren): wird nicht von Hand geschrieben.
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-results/**', 'coverage/**', 'packages/web/src/api/schema.d.ts'] },
  { files: ['**/*.tsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'packages/server/drizzle.config.ts', 'packages/cli/bin/egh.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Fastify-Plugins sind async, auch wenn sie nur Routen registrieren.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: 'error',
    },
  },
  {
    // Tests lesen JSON-Ausgaben (JSON.parse ergibt any); dort sind die no-unsafe-Regeln aus.
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Das Regelwerk ist rein: kein I/O, keine Uhr, keine Zufallszahlen, kein JS-Date.
    files: ['packages/recht/src/**/*.ts'],
    ignores: ['packages/recht/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'os'],
              message: 'Das Regelwerk (packages/recht) macht kein I/O: Daten kommen als Eingabe.',
            },
            {
              group: ['@egh/server', '@egh/briefe', '@egh/web', '@egh/cli', '../../*/src/*'],
              message: 'Abhängigkeitsrichtung: recht ← briefe ← server; recht importiert keine anderen Pakete.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'Date',
          message: 'Rechtliche Daten sind Tageszahlen (kalender/datum.ts), nie JS-Date; „heute“ ist der Eingabewert stichtag.',
        },
        { name: 'fetch', message: 'Das Regelwerk macht kein I/O.' },
        { name: 'process', message: 'Das Regelwerk liest keine Umgebung.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Das Regelwerk ist deterministisch.' },
        { object: 'performance', property: 'now', message: 'Das Regelwerk liest keine Uhr.' },
      ],
    },
  },
  {
    // Die Oberfläche: Barrierefreiheit (jsx-a11y) und Hook-Regeln; sie spricht nur über die API.
    files: ['packages/web/src/**/*.tsx', 'packages/web/src/**/*.ts'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // Ein waagerecht scrollbarer Tabellenbereich (role="region" mit Namen) muss per Tastatur
      // erreichbar sein (WCAG 2.1.1; axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          // Aus dem Regelwerk nur @egh/recht/darstellung: die eine Stelle, die Ergebnisse in Text für
          // ein Publikum verwandelt (ohne Abhängigkeiten, entscheidet nichts).
          paths: [{ name: '@egh/recht', message: 'Die Oberfläche spricht nur über die API (src/api.ts) mit dem Server.' }],
          patterns: [
            {
              group: ['../../server/*', '../../recht/*', '@egh/server'],
              message: 'Die Oberfläche spricht nur über die API (src/api.ts) mit dem Server.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests der Oberfläche laufen in Node, nicht im Bundle: sie dürfen das Regelwerk nutzen
    // (z. B. interneMarker für die Prüfung aller Texte).
    files: ['packages/web/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Der API-Client der Oberfläche übernimmt die Typen des Regelwerks, die die API liefert
    // (Begründung, Mehrkosten), statt sie nachzubilden – nur Typen, kein Code des Regelwerks.
    files: ['packages/web/src/api.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@egh/recht'],
              allowTypeImports: true,
              message: 'Aus dem Regelwerk nur Typen (import type); entschieden wird im Server.',
            },
            {
              group: ['../../server/*', '../../recht/*', '@egh/server'],
              message: 'Die Oberfläche spricht nur über die API (src/api.ts) mit dem Server.',
            },
          ],
        },
      ],
    },
  },
  {
    // Die Briefe drucken Entscheidungen des Regelwerks; sie kennen weder Server noch Oberfläche.
    files: ['packages/briefe/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@egh/server', '@egh/web', '@egh/cli', '../../server/*', '../../web/*', '../../cli/*', '../../recht/src/*'],
              message:
                'Abhängigkeitsrichtung: recht ← briefe ← server. Briefe bekommen ihre Daten als Eingabe und nutzen das Regelwerk nur über @egh/recht.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../recht/src/*', '../../server/src/*'],
              message: 'Die CLI nutzt das Regelwerk über @egh/recht, den Server nur über seine API.',
            },
          ],
        },
      ],
    },
  },
  {
    // Zwei Stimmen (Issue 14): interne Verweise – unsere Dokumente, Nummern offener Fragen und
    // Seeds, Entwurfsmarken – stehen nie in Texten für Menschen. In Kommentaren, Tests und als
    // Wert der Maschinenfelder `beleg` und `frage` (auch rechtsfrage('OQ-…', …)) sind sie erlaubt.
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.e2e.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal', 'TemplateElement', 'JSXText'].map((art) => ({
          selector: `${art}[${art === 'TemplateElement' ? 'value.raw' : 'value'}=${internerMarker}]:not(Property[key.name=/^(beleg|frage)$/] > ${art}):not(Property[key.name=/^(beleg|frage)$/] > TemplateLiteral > ${art}):not(CallExpression[callee.property.name='rechtsfrage'] > ${art}:first-child)`,
          message:
            'Interner Verweis (recht.md, OQ-/RF-/SEED-Nummer, [DESIGN], UNVERIFIED) in einem Text: Texte sind für Menschen. Die Herkunft gehört in herkunft.beleg (Begruendung.norm/hinweis/rechtsfrage, 3. Argument), die Fragenummer in das Feld frage.',
        })),
      ],
    },
  },
  // Reine JS-Dateien ohne Typen (Konfiguration, Startskript): ohne typgestützte Regeln.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js'], languageOptions: { globals: globals.node } },
);
