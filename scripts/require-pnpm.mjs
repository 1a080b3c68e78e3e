// Run before a package is published (`prepublishOnly`): only pnpm turns the `workspace:`
// ranges of internal dependencies into versions, so another client would publish a package
// that cannot be installed. Publish with `pnpm run release` (changesets, through pnpm).
const agent = process.env.npm_config_user_agent ?? ''
if (!agent.startsWith('pnpm/')) {
  console.error(
    `publish with pnpm (pnpm run release, or pnpm publish), not ${agent.split(' ')[0] || 'this client'}: ` +
      'only pnpm replaces the workspace: ranges of internal dependencies with versions'
  )
  process.exit(1)
}
