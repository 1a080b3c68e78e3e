/**
 * A kind of page furniture: the reason it is not the article's text, and the lines that are it.
 * Lines are compared normalised: lower case, single spaces, trimmed, without a closing colon.
 */
export interface BoilerplateEntry {
  /** Why such a line is furniture, as the record reports it: `share-bar`, `comment-form`… */
  reason: string
  /** Whole lines: `leave a reply`. */
  lines?: string[]
  /** Openings of lines that are furniture whatever follows: `your email address will not be published`. */
  prefixes?: string[]
  /** Words or phrases found anywhere in a short line that make it furniture: `captcha`. */
  markers?: string[]
  /**
   * Words that make up such a line between them (`share`, `tweet`, `email`): a line made only
   * of these, in any order, separated by spaces or punctuation.
   */
  words?: string[]
  /**
   * Regular-expression sources matched against the whole normalised line. Bounded quantifiers and
   * non-capturing groups only: the stage joins them into one alternation.
   */
  patterns?: string[]
}

/**
 * Page furniture that scraped article text carries: what each line is, by what it says. The
 * `boilerplate` stage compiles these once into sets and one alternation.
 */
export const boilerplate: readonly BoilerplateEntry[] = [
  {
    reason: 'share-bar',
    lines: ['get short url', 'follow us on', 'follow us', 'share this', 'share this article', 'share this story', 'share this page', 'share on', 'share via', 'share article'],
    prefixes: ['share this article on ', 'share this story on ', 'click to share on ', 'follow us on '],
    words: ['share', 'shares', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'messenger', 'flipboard', 'pocket', 'copy', 'link', 'copied', 'vk', 'on', 'via', 'sms', 'mail', 'save']
  },
  {
    reason: 'comment-form',
    lines: [
      'leave a reply', 'leave a comment', 'post comment', 'post a comment', 'cancel reply', 'comments', 'comment',
      'required fields are marked', 'required fields are marked *', 'you must be logged in to post a comment', 'add comment', 'view comments', 'show comments'
    ],
    prefixes: [
      'your email address will not be published', 'save my name, email, and website in this browser',
      'notify me of follow-up comments', 'notify me of new posts', 'you must be logged in to post', 'comments are closed'
    ],
    markers: ['captcha'],
    patterns: ['\\d{1,5} comments?', 'comments \\(\\d{1,5}\\)']
  },
  {
    reason: 'donation-widget',
    lines: ['donate', 'donate now', 'donate today', 'make a donation', 'become a patron', 'become a member', 'become a supporter'],
    // Amount buttons: "2,500 $", "$ 50", "€10".
    patterns: ['[$€£] ?\\d{1,3}(?:,\\d{3}){0,3}(?:\\.\\d{2})?', '\\d{1,3}(?:,\\d{3}){0,3}(?:\\.\\d{2})? ?(?:[$€£]|usd|eur|gbp)']
  },
  {
    reason: 'appeal',
    lines: ['do you like this content? consider helping us!', 'consider helping us!', 'consider supporting us', 'subscribe', 'subscribe now', 'support us', 'sign up', 'log in', 'sign in', 'newsletter', 'like this', 'like this story? share it with a friend!'],
    prefixes: ['support our journalism', 'support independent journalism', 'subscribe to our newsletter', 'sign up for our newsletter', 'sign up to our newsletter', 'please support ']
  },
  {
    reason: 'embed',
    lines: [
      'live story', 'related', 'related articles', 'related article', 'related stories', 'related news', 'related posts', 'related topics',
      'related coverage', 'read more', 'see more', 'see also', 'read also', 'also read', 'recommended', 'recommended for you',
      'more on this story', 'watch', 'watch video', 'story continues below', 'story continues below advertisement', 'listen to this article', 'listen', 'play', 'audio', 'video'
    ]
  },
  {
    reason: 'advertisement',
    lines: ['advertisement', 'sponsored', 'sponsored content', 'scroll to continue', 'scroll to continue with content', 'ad', 'loading...', 'loading']
  },
  {
    reason: 'reading-time',
    patterns: ['(?:reading time:? )?\\d{1,3} ?(?:min|mins|minutes?)(?: read)?']
  },
  {
    reason: 'image-furniture',
    lines: ['caption', 'image caption', 'enlarge this image', 'hide caption', 'toggle caption', 'show caption', 'view image', 'view gallery', 'view slideshow', 'photo', 'photos', 'image', 'images', 'picture', 'pictures'],
    prefixes: ['click to see full-size image', 'click to see full size image', 'click to enlarge', 'click here to enlarge', 'image copyright'],
    patterns: ['media id: ?\\w{1,30}']
  },
  {
    reason: 'navigation',
    lines: ['select page', 'skip to content', 'skip to main content', 'menu', 'main menu', 'home', 'search', 'close', 'back to top', 'next article', 'next story', 'next post', 'previous article', 'previous story', 'previous post']
  },
  {
    // A label and the headline of another page: "READ MORE: Talks collapse", "WATCH: …".
    reason: 'related-link',
    prefixes: ['read more:', 'read:', 'also read:', 'read also:', 'see also:', 'related:', 'related stories:', 'related story:', 'related articles:', 'related content:', 'watch:', 'watch more:', 'watch now:', 'listen:', 'listen now:', 'more on this story:', 'more from ', 'recommended:', 'you may also like:', "don't miss:", 'must read:', 'video:', 'photos:', 'gallery:']
  },
  {
    reason: 'tags',
    prefixes: ['tags:', 'topics:', 'filed under:', 'categories:']
  },
  {
    reason: 'copyright',
    prefixes: ['©', '(c) ', 'copyright '],
    markers: ['all rights reserved']
  },
  {
    reason: 'syndication-note',
    prefixes: ['(except for the headline, this story has not been edited by', 'except for the headline, this story has not been edited by', 'this story has been published from a wire agency feed', 'this article was originally published by', 'this article is republished from']
  },
  {
    reason: 'site-title',
    // "ASHARQ AL-AWSAT English Archive 2005 -2017" on a line of its own.
    patterns: ['[^|\\d]{0,60} english archive \\d{4} ?- ?\\d{4}']
  }
]
