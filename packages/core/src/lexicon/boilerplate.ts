/**
 * A kind of page furniture: the reason it is not the article's text, and the lines that are it.
 */
export interface BoilerplateEntry {
  /** Why such a line is furniture, as the record reports it: `share-bar`, `comment-form`… */
  reason: string
  /**
   * Regular-expression sources, each matched against a whole line (trimmed, case-insensitive).
   * Use only non-capturing groups: the stage joins every entry into one alternation.
   */
  patterns: string[]
}

/**
 * Page furniture that scraped article text carries: what each line is, by what it says. The
 * `boilerplate` stage compiles these once into a single regular expression.
 */
export const boilerplate: readonly BoilerplateEntry[] = [
  {
    reason: 'share-bar',
    patterns: [
      // "Follow us on:", "Share this article", "Share on Facebook Share on Twitter", "Tweet Email Print".
      '(?:(?:follow us(?: on)?|share(?: this)?(?: article| story| page| post)?(?: on| via)?|tweet|e-?mail|print|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|copy link|messenger|flipboard|pocket)[\\s:|•·,/-]*){1,12}',
      'share (?:this|the) (?:article|story) (?:on|via) .{1,60}',
      'click to share on .{1,40}'
    ]
  },
  {
    reason: 'comment-form',
    patterns: [
      'leave a (?:reply|comment)',
      'post (?:a )?comment',
      'cancel reply',
      '\\d+ comments?',
      'comments?(?: \\(\\d+\\))?',
      'your email address will not be published\\..{0,80}',
      'required fields are marked \\*?',
      'save my name, email, and website in this browser.{0,60}',
      'notify me of (?:follow-up comments|new posts).{0,60}',
      'you must be logged in to post a comment\\.?',
      'anti-spam.{0,80}',
      '.{0,60}\\bcaptcha\\b.{0,60}'
    ]
  },
  {
    reason: 'donation-widget',
    patterns: [
      // Amount buttons: "2,500 $", "$ 50", "€10".
      '[$€£] ?\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d{2})?',
      '\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d{2})? ?(?:[$€£]|usd|eur)',
      'donate(?: now| today)?[!.]?',
      'make a donation[!.]?',
      'become a (?:patron|member|supporter)[!.]?'
    ]
  },
  {
    reason: 'appeal',
    patterns: [
      'do you like this content\\? consider helping us!?',
      'consider (?:helping|supporting) us[!.]?',
      'support (?:our|independent) journalism.{0,80}',
      'please support .{1,60}',
      '(?:subscribe|sign up) (?:to|for) (?:our|the) (?:free )?(?:daily |weekly )?newsletters?.{0,60}',
      'subscribe(?: now)?[!.]?'
    ]
  },
  {
    reason: 'embed',
    patterns: ['live story', 'related(?: (?:articles?|stories|news|posts?|topics|coverage))?:?', '(?:read|see) (?:more|also)[:.]?', 'also read:?', 'recommended(?: for you)?:?', 'more on this story:?', 'watch(?: video)?:?', 'story continues below.{0,20}']
  },
  {
    reason: 'advertisement',
    patterns: ['advertisement', 'sponsored(?: content)?', 'scroll to continue(?: with content)?', 'ad']
  },
  {
    reason: 'reading-time',
    patterns: ['(?:reading time:? )?\\d{1,3} ?(?:min|mins|minutes?)(?: read)?', '\\d{1,3} ?(?:min|mins|minutes?) read']
  },
  {
    reason: 'image-furniture',
    patterns: [
      'click (?:to|here to) (?:see|view|enlarge) (?:the )?(?:full[- ]size )?(?:image|photo|picture)',
      'media id: ?\\w{1,30}',
      'caption:?',
      'image caption:?',
      'image copyright.{0,60}',
      'enlarge this image',
      '(?:hide|toggle|show) caption',
      'view (?:image|gallery|slideshow)',
      '(?:photo|image|picture)s?:?'
    ]
  },
  {
    reason: 'navigation',
    patterns: [
      'select page',
      'skip to (?:main )?content',
      '(?:main )?menu',
      'home',
      'search',
      'close',
      'back to top',
      'next (?:article|story|post)',
      'previous (?:article|story|post)',
      // Breadcrumbs: "Home » World » Middle East".
      '(?:[\\w-]+(?: [\\w-]+){0,3} ?[»›>] ?){1,6}[\\w-]+(?: [\\w-]+){0,3}'
    ]
  },
  {
    reason: 'tags',
    patterns: ['(?:tags|topics|filed under|categories):.{0,200}']
  },
  {
    reason: 'copyright',
    patterns: ['(?:©|\\(c\\)|copyright).{0,120}', '.{0,80}all rights reserved\\.?']
  },
  {
    reason: 'site-title',
    patterns: [
      // "ASHARQ AL-AWSAT English Archive 2005 -2017" on a line of its own.
      '[^|]{0,60}\\benglish archive \\d{4} ?- ?\\d{4}'
    ]
  }
]
