/**
 * How a reporting expression presents what it reports.
 *
 * - `neutral`: say, tell, add, note, according to
 * - `assertive`: insist, claim, argue, warn, stress
 * - `directive`: urge, call on, ask, demand, call for
 * - `negative`: deny, reject, dismiss, rule out
 * - `accusing`: accuse, blame, allege, slam, condemn
 * - `confirming`: confirm, acknowledge, admit, welcome
 */
export type CueClass = 'neutral' | 'assertive' | 'directive' | 'negative' | 'accusing' | 'confirming'

/**
 * What a cue takes as its report.
 *
 * - `clause`: a reported clause, with or without "that" (`said the talks failed`)
 * - `object`: a noun phrase or a clause (`denied the reports`, `confirmed that …`)
 * - `directive`: an addressee and an infinitive (`urged Moscow to respect …`)
 * - `tell`: an addressee, then a clause (`told reporters that …`)
 * - `according`: a source after it (`according to officials, …`)
 * - `naming`: an object and what it is called, quoted or after "as" (`called the sale
 *   "a swindle"`, `described the ban as a relic of the Cold War`)
 */
export type CueFrame = 'clause' | 'object' | 'directive' | 'tell' | 'according' | 'naming'

/** A reporting expression of the lexicon. */
export interface CueEntry {
  /** The dictionary form: `say`, `call on`, `according to`. */
  lemma: string
  /** Every written form, the lemma included: `say`, `says`, `said`, `saying`. */
  forms: readonly string[]
  /** How it presents the report. */
  class: CueClass
  /** What it takes as its report. */
  frame: CueFrame
  /**
   * Whether the word has common senses that report nothing ("agreed to a deal", "state
   * media"): such a cue counts only before "that" or a quotation, or after the report
   * (`…, the ministry stated.`).
   */
  strict: boolean
}

type Row = readonly [lemma: string, forms: string, cueClass: CueClass, frame: CueFrame, strict: boolean]

// Forms are space-separated; a multiword cue separates its forms with `|`.
const rows: readonly Row[] = [
  ['say', 'say says said saying', 'neutral', 'clause', false],
  ['tell', 'tell tells told telling', 'neutral', 'tell', false],
  ['add', 'add adds added adding', 'neutral', 'clause', false],
  ['state', 'state states stated stating', 'neutral', 'clause', true],
  ['note', 'note notes noted noting', 'neutral', 'clause', false],
  ['explain', 'explain explains explained explaining', 'neutral', 'clause', false],
  ['remark', 'remark remarks remarked remarking', 'neutral', 'clause', true],
  ['comment', 'comment comments commented commenting', 'neutral', 'clause', true],
  ['report', 'report reports reported reporting', 'neutral', 'clause', true],
  ['announce', 'announce announces announced announcing', 'neutral', 'object', false],
  ['write', 'write writes wrote written writing', 'neutral', 'clause', true],
  ['tweet', 'tweet tweets tweeted tweeting', 'neutral', 'clause', true],
  ['reply', 'reply replies replied replying', 'neutral', 'clause', true],
  ['respond', 'respond responds responded responding', 'neutral', 'clause', true],
  ['answer', 'answer answers answered answering', 'neutral', 'clause', true],
  ['mention', 'mention mentions mentioned mentioning', 'neutral', 'clause', true],
  ['cite', 'cite cites cited citing', 'neutral', 'object', false],
  ['describe', 'describe describes described describing', 'neutral', 'naming', true],
  ['call', 'call calls called calling', 'assertive', 'naming', true],
  ['brand', 'brand brands branded branding', 'accusing', 'naming', true],
  ['label', 'label labels labeled labelled labeling labelling', 'assertive', 'naming', true],
  ['dub', 'dub dubs dubbed dubbing', 'neutral', 'naming', true],
  ['portray', 'portray portrays portrayed portraying', 'neutral', 'naming', true],
  ['characterize', 'characterize characterizes characterized characterizing', 'neutral', 'naming', true],
  ['characterise', 'characterise characterises characterised characterising', 'neutral', 'naming', true],
  ['recall', 'recall recalls recalled recalling', 'neutral', 'clause', true],
  ['recount', 'recount recounts recounted recounting', 'neutral', 'clause', false],
  ['observe', 'observe observes observed observing', 'neutral', 'clause', false],
  ['indicate', 'indicate indicates indicated indicating', 'neutral', 'clause', false],
  ['suggest', 'suggest suggests suggested suggesting', 'neutral', 'clause', false],
  ['predict', 'predict predicts predicted predicting', 'neutral', 'clause', false],
  ['estimate', 'estimate estimates estimated estimating', 'neutral', 'clause', false],
  ['forecast', 'forecast forecasts forecasted forecasting', 'neutral', 'clause', false],
  ['disclose', 'disclose discloses disclosed disclosing', 'neutral', 'clause', true],
  ['reveal', 'reveal reveals revealed revealing', 'neutral', 'clause', true],
  ['testify', 'testify testifies testified testifying', 'neutral', 'clause', false],
  ['quip', 'quip quips quipped quipping', 'neutral', 'clause', false],
  ['joke', 'joke jokes joked joking', 'neutral', 'clause', false],
  ['ask', 'ask asks asked asking', 'neutral', 'directive', false],
  ['concede', 'concede concedes conceded conceding', 'confirming', 'clause', true],
  ['acknowledge', 'acknowledge acknowledges acknowledged acknowledging', 'confirming', 'object', false],
  ['admit', 'admit admits admitted admitting', 'confirming', 'object', false],
  ['confirm', 'confirm confirms confirmed confirming', 'confirming', 'object', false],
  ['agree', 'agree agrees agreed agreeing', 'confirming', 'clause', true],
  ['verify', 'verify verifies verified verifying', 'confirming', 'object', false],
  ['affirm', 'affirm affirms affirmed affirming', 'confirming', 'clause', false],
  ['reaffirm', 'reaffirm reaffirms reaffirmed reaffirming', 'confirming', 'clause', false],
  ['insist', 'insist insists insisted insisting', 'assertive', 'clause', false],
  ['claim', 'claim claims claimed claiming', 'assertive', 'clause', false],
  ['assert', 'assert asserts asserted asserting', 'assertive', 'clause', false],
  ['argue', 'argue argues argued arguing', 'assertive', 'clause', false],
  ['maintain', 'maintain maintains maintained maintaining', 'assertive', 'clause', true],
  ['contend', 'contend contends contended contending', 'assertive', 'clause', false],
  ['stress', 'stress stresses stressed stressing', 'assertive', 'clause', false],
  ['emphasize', 'emphasize emphasizes emphasized emphasizing', 'assertive', 'clause', false],
  ['emphasise', 'emphasise emphasises emphasised emphasising', 'assertive', 'clause', false],
  ['underline', 'underline underlines underlined underlining', 'assertive', 'clause', false],
  ['underscore', 'underscore underscores underscored underscoring', 'assertive', 'clause', false],
  ['declare', 'declare declares declared declaring', 'assertive', 'clause', false],
  ['proclaim', 'proclaim proclaims proclaimed proclaiming', 'assertive', 'clause', false],
  ['pledge', 'pledge pledges pledged pledging', 'assertive', 'clause', true],
  ['promise', 'promise promises promised promising', 'assertive', 'clause', true],
  ['vow', 'vow vows vowed vowing', 'assertive', 'clause', true],
  ['swear', 'swear swears swore sworn swearing', 'assertive', 'clause', true],
  ['assure', 'assure assures assured assuring', 'assertive', 'tell', false],
  ['reassure', 'reassure reassures reassured reassuring', 'assertive', 'tell', false],
  ['boast', 'boast boasts boasted boasting', 'assertive', 'clause', false],
  ['brag', 'brag brags bragged bragging', 'assertive', 'clause', false],
  ['allege', 'allege alleges alleged alleging', 'accusing', 'clause', false],
  ['accuse', 'accuse accuses accused accusing', 'accusing', 'object', false],
  ['blame', 'blame blames blamed blaming', 'accusing', 'object', false],
  ['criticize', 'criticize criticizes criticized criticizing', 'accusing', 'object', false],
  ['criticise', 'criticise criticises criticised criticising', 'accusing', 'object', false],
  ['condemn', 'condemn condemns condemned condemning', 'accusing', 'object', false],
  ['denounce', 'denounce denounces denounced denouncing', 'accusing', 'object', false],
  ['slam', 'slam slams slammed slamming', 'accusing', 'object', false],
  ['blast', 'blast blasts blasted blasting', 'accusing', 'object', false],
  ['lambaste', 'lambaste lambastes lambasted lambasting', 'accusing', 'object', false],
  ['decry', 'decry decries decried decrying', 'accusing', 'object', false],
  ['castigate', 'castigate castigates castigated castigating', 'accusing', 'object', false],
  ['rebuke', 'rebuke rebukes rebuked rebuking', 'accusing', 'object', false],
  ['chide', 'chide chides chided chiding', 'accusing', 'object', false],
  ['fault', 'fault faults faulted faulting', 'accusing', 'object', false],
  ['censure', 'censure censures censured censuring', 'accusing', 'object', false],
  ['deny', 'deny denies denied denying', 'negative', 'object', false],
  ['reject', 'reject rejects rejected rejecting', 'negative', 'object', false],
  ['dismiss', 'dismiss dismisses dismissed dismissing', 'negative', 'object', false],
  ['refute', 'refute refutes refuted refuting', 'negative', 'object', false],
  ['rebut', 'rebut rebuts rebutted rebutting', 'negative', 'object', false],
  ['dispute', 'dispute disputes disputed disputing', 'negative', 'object', false],
  ['disagree', 'disagree disagrees disagreed disagreeing', 'negative', 'clause', false],
  ['contradict', 'contradict contradicts contradicted contradicting', 'negative', 'object', false],
  ['repudiate', 'repudiate repudiates repudiated repudiating', 'negative', 'object', false],
  ['rule out', 'rule out|rules out|ruled out|ruling out', 'negative', 'object', false],
  ['urge', 'urge urges urged urging', 'directive', 'directive', false],
  ['call on', 'call on|calls on|called on|calling on', 'directive', 'directive', false],
  ['call upon', 'call upon|calls upon|called upon|calling upon', 'directive', 'directive', false],
  ['call for', 'call for|calls for|called for|calling for', 'directive', 'object', false],
  ['appeal', 'appeal appeals appealed appealing', 'directive', 'directive', false],
  ['appeal for', 'appeal for|appeals for|appealed for|appealing for', 'directive', 'object', false],
  ['demand', 'demand demands demanded demanding', 'directive', 'object', false],
  ['implore', 'implore implores implored imploring', 'directive', 'directive', false],
  ['encourage', 'encourage encourages encouraged encouraging', 'directive', 'directive', false],
  ['advise', 'advise advises advised advising', 'directive', 'directive', false],
  ['instruct', 'instruct instructs instructed instructing', 'directive', 'directive', false],
  ['plead', 'plead pleads pleaded pleading', 'directive', 'clause', false],
  ['propose', 'propose proposes proposed proposing', 'directive', 'object', false],
  ['recommend', 'recommend recommends recommended recommending', 'directive', 'object', false],
  ['warn', 'warn warns warned warning', 'assertive', 'clause', false],
  ['caution', 'caution cautions cautioned cautioning', 'assertive', 'clause', false],
  ['threaten', 'threaten threatens threatened threatening', 'assertive', 'object', true],
  ['point out', 'point out|points out|pointed out|pointing out', 'neutral', 'clause', false],
  // "As the minister put it, …", "put it in a statement: “…”".
  ['put it', 'put it|puts it|putting it', 'neutral', 'clause', true],
  ['spell out', 'spell out|spells out|spelled out|spelt out|spelling out', 'neutral', 'clause', false],
  ['make clear', 'make clear|makes clear|made clear|making clear|make it clear|makes it clear|made it clear|making it clear', 'assertive', 'clause', false],
  ['according to', 'according to', 'neutral', 'according', false],
  ['welcome', 'welcome welcomes welcomed welcoming', 'confirming', 'object', false],
  ['praise', 'praise praises praised praising', 'confirming', 'object', false],
  ['applaud', 'applaud applauds applauded applauding', 'confirming', 'object', false],
  ['commend', 'commend commends commended commending', 'confirming', 'object', false],
  ['endorse', 'endorse endorses endorsed endorsing', 'confirming', 'object', false],
  ['complain', 'complain complains complained complaining', 'accusing', 'clause', false],
  ['retort', 'retort retorts retorted retorting', 'negative', 'clause', false],
  ['hint', 'hint hints hinted hinting', 'neutral', 'clause', false],
  ['elaborate', 'elaborate elaborates elaborated elaborating', 'neutral', 'clause', false],
  ['specify', 'specify specifies specified specifying', 'neutral', 'clause', false],
  ['clarify', 'clarify clarifies clarified clarifying', 'neutral', 'clause', false],
  ['reiterate', 'reiterate reiterates reiterated reiterating', 'assertive', 'clause', false],
  ['shout', 'shout shouts shouted shouting', 'neutral', 'clause', false],
  ['yell', 'yell yells yelled yelling', 'neutral', 'clause', false],
  ['scream', 'scream screams screamed screaming', 'neutral', 'clause', false],
  ['chant', 'chant chants chanted chanting', 'neutral', 'clause', false],
  ['whisper', 'whisper whispers whispered whispering', 'neutral', 'clause', false],
  ['exclaim', 'exclaim exclaims exclaimed exclaiming', 'neutral', 'clause', false],
  ['tout', 'tout touts touted touting', 'assertive', 'object', false],
  ['attest', 'attest attests attested attesting', 'confirming', 'clause', false],
  ['avow', 'avow avows avowed avowing', 'assertive', 'clause', false],
  ['bemoan', 'bemoan bemoans bemoaned bemoaning', 'accusing', 'object', false],
  ['concur', 'concur concurs concurred concurring', 'confirming', 'clause', false],
  ['confide', 'confide confides confided confiding', 'neutral', 'clause', false],
  ['divulge', 'divulge divulges divulged divulging', 'neutral', 'clause', false],
  ['echo', 'echo echoes echoed echoing', 'neutral', 'object', true],
  ['exhort', 'exhort exhorts exhorted exhorting', 'directive', 'directive', false],
  ['express', 'express expresses expressed expressing', 'neutral', 'object', true],
  ['guarantee', 'guarantee guarantees guaranteed guaranteeing', 'assertive', 'clause', true],
  ['highlight', 'highlight highlights highlighted highlighting', 'neutral', 'object', true],
  ['imply', 'imply implies implied implying', 'neutral', 'clause', false],
  ['inquire', 'inquire inquires inquired inquiring', 'neutral', 'clause', false],
  ['insinuate', 'insinuate insinuates insinuated insinuating', 'accusing', 'clause', false],
  ['mock', 'mock mocks mocked mocking', 'accusing', 'object', false],
  ['mutter', 'mutter mutters muttered muttering', 'neutral', 'clause', true],
  ['notify', 'notify notifies notified notifying', 'neutral', 'tell', false],
  ['opine', 'opine opines opined opining', 'neutral', 'clause', false],
  ['posit', 'posit posits posited positing', 'assertive', 'clause', false],
  ['reassert', 'reassert reasserts reasserted reasserting', 'assertive', 'clause', false],
  ['rejoin', 'rejoin rejoins rejoined rejoining', 'negative', 'clause', true],
  ['relay', 'relay relays relayed relaying', 'neutral', 'clause', true],
  ['remind', 'remind reminds reminded reminding', 'neutral', 'tell', true],
  ['scoff', 'scoff scoffs scoffed scoffing', 'negative', 'clause', false],
  ['speculate', 'speculate speculates speculated speculating', 'neutral', 'clause', false],
  ['stipulate', 'stipulate stipulates stipulated stipulating', 'neutral', 'clause', false],
  ['surmise', 'surmise surmises surmised surmising', 'neutral', 'clause', false],
  ['theorize', 'theorize theorizes theorized theorizing', 'neutral', 'clause', false],
  ['volunteer', 'volunteer volunteers volunteered volunteering', 'neutral', 'clause', true],
  ['vouch', 'vouch vouches vouched vouching', 'confirming', 'clause', false],
  ['advocate', 'advocate advocates advocated advocating', 'directive', 'object', false],
  ['counsel', 'counsel counsels counseled counselled counseling counselling', 'directive', 'directive', false],
  ['hit out', 'hit out|hits out|hitting out', 'accusing', 'object', false],
  ['lash out', 'lash out|lashes out|lashed out|lashing out', 'accusing', 'object', false],
  ['take aim', 'take aim|takes aim|took aim|taken aim|taking aim', 'accusing', 'object', false],
  ['go on to say', 'go on to say|goes on to say|went on to say|gone on to say|going on to say', 'neutral', 'clause', false],
  ['weigh in', 'weigh in|weighs in|weighed in|weighing in', 'neutral', 'clause', false],
  ['point to', 'point to|points to|pointed to|pointing to', 'neutral', 'object', true],
  ['speak of', 'speak of|speaks of|spoke of|spoken of|speaking of', 'neutral', 'object', true],
  ['raise concern', 'raise concern|raises concern|raised concern|raising concern', 'negative', 'clause', false],
  ['express concern', 'express concern|expresses concern|expressed concern|expressing concern', 'negative', 'clause', false],
  ['voice concern', 'voice concern|voices concern|voiced concern|voicing concern|voice their concern|voiced their concern|voiced its concern|voiced his concern|voiced her concern|voice concerns|voiced concerns|voiced their concerns', 'negative', 'clause', false],
  ['charge', 'charge charges charged charging', 'accusing', 'clause', true],
  ['counter', 'counter counters countered countering', 'negative', 'clause', true],
  ['object', 'object objects objected objecting', 'negative', 'clause', true],
  ['protest', 'protest protests protested protesting', 'accusing', 'clause', true],
  ['conclude', 'conclude concludes concluded concluding', 'neutral', 'clause', true],
  ['find', 'find finds found finding', 'neutral', 'clause', true],
  ['show', 'show shows showed shown showing', 'neutral', 'clause', true],
  ['recognize', 'recognize recognizes recognized recognizing', 'confirming', 'object', true],
  ['accept', 'accept accepts accepted accepting', 'confirming', 'object', true],
  ['repeat', 'repeat repeats repeated repeating', 'neutral', 'clause', true],
  ['signal', 'signal signals signaled signalled signaling signalling', 'neutral', 'clause', true],
  ['question', 'question questions questioned questioning', 'negative', 'object', true],
  ['lament', 'lament laments lamented lamenting', 'accusing', 'clause', true],
  ['thank', 'thank thanks thanked thanking', 'confirming', 'object', true],
  ['request', 'request requests requested requesting', 'directive', 'object', true],
  ['inform', 'inform informs informed informing', 'neutral', 'tell', true],
  ['brief', 'brief briefs briefed briefing', 'neutral', 'tell', true],
  ['wonder', 'wonder wonders wondered wondering', 'neutral', 'clause', true],
  ['continue', 'continue continues continued continuing', 'neutral', 'clause', true],
  ['confess', 'confess confesses confessed confessing', 'confirming', 'object', false],
  ['blurt', 'blurt blurts blurted blurting', 'neutral', 'clause', false],
  ['blurt out', 'blurt out|blurts out|blurted out|blurting out', 'neutral', 'clause', false],
  ['scold', 'scold scolds scolded scolding', 'accusing', 'object', false],
  ['chastise', 'chastise chastises chastised chastising', 'accusing', 'object', false],
  ['admonish', 'admonish admonishes admonished admonishing', 'accusing', 'object', false],
  ['reprimand', 'reprimand reprimands reprimanded reprimanding', 'accusing', 'object', false],
  ['sneer', 'sneer sneers sneered sneering', 'accusing', 'clause', false],
  ['grumble', 'grumble grumbles grumbled grumbling', 'accusing', 'clause', false],
  ['fume', 'fume fumes fumed fuming', 'accusing', 'clause', false],
  ['murmur', 'murmur murmurs murmured murmuring', 'neutral', 'clause', false],
  ['muse', 'muse muses mused musing', 'neutral', 'clause', false],
  ['interject', 'interject interjects interjected interjecting', 'neutral', 'clause', false],
  ['profess', 'profess professes professed professing', 'assertive', 'clause', false],
  ['aver', 'aver avers averred averring', 'assertive', 'clause', false],
  ['snap', 'snap snaps snapped snapping', 'negative', 'clause', true],
  ['query', 'query queries queried querying', 'neutral', 'clause', true],
]

/**
 * The reporting expressions of English news: verbs of saying, asserting, asking, denying,
 * accusing and confirming with all their forms, multiword cues ("called on", "pointed out")
 * and "according to". Stages compile it once into a lookup by first word.
 */
export const cues: readonly CueEntry[] = rows.map(([lemma, forms, cueClass, frame, strict]) => ({
  lemma,
  forms: lemma.includes(' ') ? forms.split('|') : forms.split(' '),
  class: cueClass,
  frame,
  strict
}))

/** A noun that names a report by its act ("the accusation that …"), and the cue verb of the act. */
export interface CueNoun {
  /** The noun and its plural: `accusation`, `accusations`. */
  forms: readonly string[]
  /** The lemma of the cue verb whose act the noun names: `accuse`. */
  lemma: string
}

/**
 * Nouns of reporting that take what was said as a "that" clause: "his claim that the vote was
 * rigged", "an announcement by the ministry that prices would rise", "made the accusation that
 * …". Each names the act of a cue verb of the lexicon; nouns of thought ("belief", "idea") and
 * of documents ("report", "letter") are left out.
 */
export const cueNouns: readonly CueNoun[] = [
  ['accusation', 'accuse'],
  ['admission', 'admit'],
  ['allegation', 'allege'],
  ['announcement', 'announce'],
  ['argument', 'argue'],
  ['assertion', 'assert'],
  ['assurance', 'assure'],
  ['boast', 'boast'],
  ['claim', 'claim'],
  ['complaint', 'complain'],
  ['confirmation', 'confirm'],
  ['contention', 'contend'],
  ['declaration', 'declare'],
  ['denial', 'deny'],
  ['insistence', 'insist'],
  ['pledge', 'pledge'],
  ['prediction', 'predict'],
  ['promise', 'promise'],
  ['remark', 'remark'],
  ['revelation', 'reveal'],
  ['statement', 'state'],
  ['suggestion', 'suggest'],
  ['vow', 'vow'],
  ['warning', 'warn']
].map(([noun, lemma]) => ({forms: [noun!, noun + 's'], lemma: lemma!}))

/**
 * Occasions and channels of speech: what a phrase after a cue's object names when it tells
 * where the speaker spoke ("criticized the plan in a statement", "at a rally", "on Twitter").
 */
export const speechOccasions: readonly string[] = [
  'statement', 'statements', 'interview', 'interviews', 'speech', 'speeches', 'tweet', 'tweets', 'twitter', 'facebook', 'instagram',
  'post', 'posts', 'letter', 'op-ed', 'column', 'memo', 'email', 'emails', 'release', 'conference', 'rally', 'rallies', 'debate',
  'hearing', 'forum', 'show', 'program', 'programme', 'appearance', 'remarks', 'address', 'briefing', 'broadcast', 'podcast',
  'video', 'event', 'summit', 'stop', 'visit', 'radio', 'television', 'blog', 'message', 'testimony', 'session', 'luncheon', 'dinner'
]
