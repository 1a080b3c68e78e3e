import {readdirSync} from 'node:fs'
import starlight from '@astrojs/starlight'
import {defineConfig} from 'astro/config'
import starlightTypeDoc, {typeDocSidebarGroup} from 'starlight-typedoc'

// Guides in reading order; a guide not listed here (a new one) follows, by file name.
const guideOrder = ['getting-started', 'article-record', 'attribution', 'events', 'syntax', 'dates', 'customising', 'architecture', 'evaluating', 'performance', 'many-machines', 'limits']
const guides = readdirSync(new URL('./src/content/docs/guides/', import.meta.url))
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, ''))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
function rank(slug) {
  const index = guideOrder.indexOf(slug)
  return index === -1 ? guideOrder.length : index
}

// The API reference is generated from core's JSDoc on every build, so it cannot drift.
export default defineConfig({
  site: 'https://onrecord.github.io',
  base: '/',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'onrecord',
      description:
        'Who published a news article and when, who is quoted, what they said, and what happened, with evidence.',
      customCss: ['./src/styles/site.css'],
      plugins: [
        starlightTypeDoc({
          entryPoints: ['../packages/core/src/index.ts'],
          tsconfig: '../packages/core/tsconfig.json',
          output: 'api',
          sidebar: {label: 'API reference', collapsed: true},
          // Core's own typecheck guards its types; the docs build only reads them.
          typeDoc: {disableSources: true, excludePrivate: true, skipErrorChecking: true, plugin: ['./typedoc-record-fields.mjs']}
        })
      ],
      sidebar: [
        {label: 'Guides', items: guides.map((slug) => `guides/${slug}`)},
        {
          label: 'Corpus',
          items: [
            {label: 'Articles', link: '/articles/'},
            {label: 'Speakers', link: '/speakers/'},
            {label: 'Timeline', link: '/timeline/'}
          ]
        },
        {label: 'Try it', link: '/try/'},
        typeDocSidebarGroup
      ]
    })
  ]
})
