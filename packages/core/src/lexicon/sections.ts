/**
 * Words that name sections of a news site, as breadcrumbs and site-title lines print them
 * ("Middle-east Arab News Opinion | Outlet"): a line made only of these is navigation, not a
 * headline. Lower case; hyphens and spaces count as word breaks.
 */
export const sectionWords: readonly string[] = [
  'news', 'latest', 'breaking', 'top', 'stories', 'story', 'home', 'homepage', 'world', 'international', 'national', 'local',
  'region', 'regions', 'middle', 'east', 'west', 'north', 'south', 'arab', 'gulf', 'asia', 'pacific', 'africa', 'europe',
  'americas', 'america', 'us', 'uk', 'politics', 'business', 'economy', 'markets', 'finance', 'opinion', 'opinions',
  'op-ed', 'op', 'ed', 'editorial', 'editorials', 'comment', 'commentary', 'analysis', 'features', 'feature', 'columns',
  'columnists', 'blogs', 'blog', 'sport', 'sports', 'tech', 'technology', 'science', 'health', 'culture', 'lifestyle',
  'life', 'arts', 'entertainment', 'travel', 'video', 'videos', 'live', 'photos', 'gallery', 'podcasts', 'in', 'depth',
  'and', '&', 'the', 'defense', 'defence', 'security', 'conflict', 'diplomacy', 'archive', 'english', 'special', 'reports',
  'investigations', 'interviews', 'interview'
]

/**
 * Words of the labels that open a headline or a paragraph before a colon and name no one who
 * speaks: "Breaking:", "The Latest:", "Update:", "Correction:", "Exclusive:", "Contributing:"
 * (the colleagues credited at an article's end). Lower case; a label made only of these and
 * "the" makes no claim.
 */
export const labelWords: readonly string[] = [
  'latest', 'breaking', 'update', 'updated', 'updates', 'correction', 'corrections', 'clarification', 'exclusive',
  'revealed', 'wow', 'look', 'watch', 'bombshell', 'developing', 'alert', 'contributing', 'paid', 'notice', 'just', 'in'
]
