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
 * Words that a byline line carries besides names (roles, desks, labels): `Staff`,
 * `Correspondent`, `Published`. A byline token in this list is never part of an author's name.
 */
export const bylineNonNames: readonly string[] = [
  'staff', 'reporter', 'reporters', 'writer', 'writers', 'correspondent', 'correspondents', 'editor', 'editors', 'desk',
  'team', 'bureau', 'agency', 'agencies', 'news', 'newsroom', 'online', 'web', 'digital', 'contributor', 'contributors',
  'columnist', 'special', 'senior', 'chief', 'foreign', 'political', 'diplomatic', 'defence', 'defense', 'security',
  'investigations', 'investigative', 'associate', 'deputy', 'managing', 'our', 'the', 'a', 'an', 'and', 'by', 'email',
  'e-mail', 'author', 'authors', 'read', 'more', 'min', 'mins', 'minute', 'minutes', 'published', 'updated', 'posted',
  'last', 'share', 'follow', 'comments', 'comment', 'opinion', 'analysis', 'report', 'reports', 'reporting', 'wire',
  'wires', 'services', 'service', 'press', 'admin', 'administrator', 'guest', 'anonymous', 'unknown', 'international',
  'today', 'yesterday', 'am', 'pm', 'gmt', 'utc', 'est', 'edt', 'pst', 'bst', 'ist', 'pkt', 'in', 'from', 'at', 'on', 'with',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'photo', 'photos', 'video', 'image', 'images', 'getty',
  'contact', 'twitter', 'facebook', 'view', 'profile', 'all', 'articles', 'posts', 'story', 'stories'
]

/**
 * Photo and picture agencies that captions credit (`[Getty]`, `/ AFP`, `Photo: EPA`), besides the
 * wire services of the outlet registry.
 */
export const photoAgencies: readonly string[] = [
  'Getty', 'Getty Images', 'AFP via Getty Images', 'AFP', 'Reuters', 'AP', 'EPA', 'EPA-EFE', 'Shutterstock', 'Alamy', 'PA', 'PA Images', 'PA Wire',
  'PA Media', 'Sipa', 'SIPA', 'Sipa USA', 'Corbis', 'NurPhoto', 'SOPA Images', 'ZUMA', 'ZUMA Press', 'ZUMA Wire', 'Pool',
  'AP Photo', 'Reuters Pictures', 'Anadolu Agency', 'Anadolu', 'Xinhua', 'Sputnik', 'TASS', 'Handout', 'File', 'Archive',
  'Wikimedia Commons', 'Wikimedia', 'Twitter', 'Social media', 'Supplied', 'Courtesy', 'AA', 'ANI', 'PTI', 'IANS'
]
