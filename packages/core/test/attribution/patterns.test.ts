/**
 * Attribution patterns, one per test, in the orders news text uses; and what is not a claim.
 */
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {attribute, checkClaim, speakerOf, testNoClaim, testSingleCase} from './helpers.js'

describe('direct quotations', () => {
  it('"…," X said', () => {
    testSingleCase('"We will not leave this town," the mayor said.', {content: 'We will not leave this town,', kind: 'direct', cue: 'said', speaker: 'mayor'})
  })

  it('"…," X said after a dateline is direct speech', () => {
    const article = parseArticle('KYIV (Reuters) - "The bridge will reopen," the governor said.')
    expect(article.claims).toHaveLength(1)
    expect(article.claims[0]).toMatchObject({kind: 'direct', content: {text: 'The bridge will reopen,'}, cue: {lemma: 'say'}})
    expect(article.dateline?.place).toBe('KYIV')
  })

  it('"…," retired general X said: a participle opens the speaker phrase', () => {
    testSingleCase('"We must stay strong," retired Air Force general Amos Reed said.', {content: 'We must stay strong,', kind: 'direct', cue: 'said', speaker: 'Amos Reed'})
  })

  it('"…," X said, "…," she added: the second quotation is the second claim, without the comma', () => {
    const article = attribute('"We will win," Ms Ruiz said, "and we will rebuild," she added.')
    expect(article.claims.map((claim) => [claim.content.text, claim.kind, claim.cue?.text])).toEqual([
      ['We will win,', 'direct', 'said'],
      ['and we will rebuild,', 'direct', 'added']
    ])
  })

  it('X responded: "… with the next paragraph of the quotation run on in the same line', () => {
    const article = attribute('But an official responded: "Even with the rebate, we pay more. "There can be no deal without it."')
    expect(article.claims.map((claim) => [claim.content.text, claim.cue?.text ?? null])).toEqual([
      ['Even with the rebate, we pay more.', 'responded'],
      ['There can be no deal without it.', null]
    ])
    expect(new Set(article.claims.map((claim) => claim.speaker)).size).toBe(1)
  })

  it('"… ." X said: a quotation with its own full stop, then a bare tag', () => {
    testSingleCase('"We will win." Mr Reyes said.', {content: 'We will win.', kind: 'direct', cue: 'said', speaker: 'Reyes'})
  })

  it('a quotation that ends its own sentence is not the report of a cue with a report after it', () => {
    const article = attribute('"I wish you peace in your homes. " A spokesman said the office had no comment to make.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['the office had no comment to make'])
    testSingleCase('"We will win." Mr Reyes said the vote was fair.', {content: 'the vote was fair', cue: 'said', speaker: 'Reyes'})
  })

  it('"…?" X asked: a question or an exclamation before a capitalised speaker', () => {
    testSingleCase('“Does anybody know what their platform is?” Graham asked.', {content: 'Does anybody know what their platform is?', kind: 'direct', cue: 'asked', speaker: 'Graham'})
    testSingleCase('“Stop the count!” Maria Ruiz shouted at the crowd.', {content: 'Stop the count!', kind: 'direct', cue: 'shouted', speaker: 'Maria Ruiz'})
    testNoClaim('“Why?” Nobody could answer that.')
  })

  it('"…," said X', () => {
    testSingleCase('“The talks have failed,” said Maria Alvarez.', {content: 'The talks have failed,', kind: 'direct', cue: 'said', speaker: 'Maria Alvarez'})
  })

  it('X said: "…"', () => {
    testSingleCase('The governor said: "Nobody will be left behind."', {content: 'Nobody will be left behind.', kind: 'direct', cue: 'said', speaker: 'governor'})
  })

  it('X told a programme with a number in its name: "…"', () => {
    testSingleCase('But Mr Dubois told BBC Radio 4\'s Today programme: "It might be wise to say so himself."', {content: 'It might be wise to say so himself.', kind: 'direct', cue: 'told', speaker: 'Dubois'})
  })

  it('"X, whose … , said": a relative clause on "whose" is an apposition', () => {
    testSingleCase('Mr Dubois, whose grandmother fled the war, said many people would be offended.', {content: 'many people would be offended', cue: 'said', speaker: 'Dubois'})
  })

  it('X told Y in Z: "…"', () => {
    testSingleCase('Mr Dubois told reporters in Brussels: "We will not give in."', {content: 'We will not give in.', kind: 'direct', cue: 'told', speaker: 'Dubois'})
  })

  it('X insisted that "…"', () => {
    testSingleCase('Novak insisted that "the deal is dead".', {content: 'the deal is dead', kind: 'direct', cue: 'insisted', speaker: 'Novak'})
  })

  it('a quotation over several sentences keeps its trailing comma', () => {
    testSingleCase('"Prices rose. Wages did not. That is the problem," Chen added.', {
      content: 'Prices rose. Wages did not. That is the problem,',
      kind: 'direct',
      cue: 'added',
      speaker: 'Chen'
    })
  })

  it('a quotation that continues an attributed one has no cue and the same speaker', () => {
    const text = '"We are ready," the minister told reporters. "The army will stay in its barracks until the vote."'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[1]!, {content: 'The army will stay in its barracks until the vote.', kind: 'direct', cue: null, speaker: 'minister'})
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
  })

  it('a quotation in the next paragraph continues the speaker of the last one', () => {
    const text = '"We are ready for the vote," Okafor said.\n\n"Nobody in this party wants another delay."'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[1]!, {content: 'Nobody in this party wants another delay.', cue: null, speaker: 'Okafor'})
  })

  it('X told reporters: at the end of a paragraph, then the quotation in the next one', () => {
    const text = 'Ms Okafor told reporters:\n\n"We will not stop until the vote is held."\n\n"Nobody wants another delay."'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[0]!, {content: 'We will not stop until the vote is held.', kind: 'direct', cue: 'told', speaker: 'Okafor'})
    expect(article.claims[0]!.span.start).toBe(0)
    // The quotation after it continues the same speaker.
    checkClaim(article, text, article.claims[1]!, {content: 'Nobody wants another delay.', cue: null, speaker: 'Okafor'})
  })

  it('X added: at the end of a paragraph, then an unquoted paragraph, is what X said', () => {
    const text = 'The mayor spoke at length.\n\nThe mayor added:\n\nAnd the bridge will be rebuilt by the city, whatever the cost.\n\nWork starts in May.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(1)
    checkClaim(article, text, article.claims[0]!, {content: 'And the bridge will be rebuilt by the city, whatever the cost.', kind: 'indirect', cue: 'added', speaker: 'mayor'})
  })

  it('a paragraph that attributes itself after X said: keeps its own claim', () => {
    const text = 'The mayor said:\n\n"The bridge will reopen," a spokesman for the council said.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(1)
    checkClaim(article, text, article.claims[0]!, {content: 'The bridge will reopen,', cue: 'said', speaker: 'spokesman for the council'})
    // The cue that found no content of its own names no speaker.
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['spokesman for the council'])
  })

  it('a list after "include:" is no claim, nor a colon cue with nothing after it at the end of the text', () => {
    testNoClaim('The proposals include:\n\nA tax on sugar.')
    testNoClaim('The mayor said:')
  })

  it('single quotes and doubled apostrophes are quotation marks', () => {
    testSingleCase("'We will fight on,' said Ahmed Karimi.", {content: 'We will fight on,', kind: 'direct', speaker: 'Ahmed Karimi'})
    testSingleCase("''We will fight on,'' said Ahmed Karimi.", {content: 'We will fight on,', kind: 'direct', speaker: 'Ahmed Karimi'})
  })
})

describe('reported speech', () => {
  it('X will ask Y to …, X has also announced that …: auxiliaries and adverbs in the verb group', () => {
    testSingleCase('The cardinal will ask the government to reconsider the plan.', {content: 'the government to reconsider the plan', cue: 'will ask', speaker: 'cardinal'})
    testSingleCase('The minister has also announced that taxes will rise.', {content: 'taxes will rise', cue: 'has also announced', speaker: 'minister'})
  })

  it('ADVERBIAL, said X, CLAUSE: a connective or an adverb of a word or two before the cue is no report', () => {
    testSingleCase('For instance, said Mr Okafor, the firm had to close its plant in May.', {content: 'the firm had to close its plant in May', cue: 'said', speaker: 'Okafor'})
    testSingleCase('Worryingly, said the ministry, most of the attacks came from inside.', {content: 'most of the attacks came from inside', cue: 'said', speaker: 'ministry'})
    testSingleCase('Instead, said the mayor, the bridge will be rebuilt next year.', {content: 'the bridge will be rebuilt next year', cue: 'said', speaker: 'mayor'})
    // A subject before the cue belongs to the report.
    testSingleCase('The vote, said the minister, was fair.', {content: 'The vote', cue: 'said', speaker: 'minister'})
  })

  it('ADVERBIAL, X said, CLAUSE: the same with the speaker before the cue', () => {
    testSingleCase('Already, the minister said, friends had declared that they would buy one.', {content: 'friends had declared that they would buy one', cue: 'said', speaker: 'minister'})
    testSingleCase('Far better, the minister said, to hand the phone back to an operator.', {content: 'to hand the phone back to an operator', cue: 'said', speaker: 'minister'})
    // A name or a pronoun before the cue is the report's subject.
    testSingleCase('Norland, the minister insisted, would not be a factor.', {content: 'Norland', cue: 'insisted', speaker: 'minister'})
    testSingleCase('Nobody, the minister said, could picture it.', {content: 'Nobody', cue: 'said', speaker: 'minister'})
  })

  it('between the subject and the cue: an emphatic pronoun, a parenthesis between dashes, "ally" (no adverb)', () => {
    testSingleCase('The agency itself has warned that the deal was unfair.', {content: 'the deal was unfair', cue: 'has warned', speaker: 'agency'})
    testSingleCase('Norland Bank - itself a target of the protests - said the deal was unfair.', {content: 'the deal was unfair', cue: 'said', speaker: 'Norland Bank'})
    testSingleCase("The minister's closest ally has denied that the deal was unfair.", {content: 'the deal was unfair', cue: 'has denied'})
    testSingleCase('Ian Tello, ex-chief adviser to the Treasury, said the deal was unfair.', {content: 'the deal was unfair', cue: 'said', speaker: 'Ian Tello'})
  })

  it('"…, prompting …" after a report is the writer\'s narration of what followed, not part of it', () => {
    testSingleCase('The firm confirmed it would cut 500 jobs, prompting unions to threaten strikes.', {content: 'it would cut 500 jobs', cue: 'confirmed', speaker: 'firm'})
    testSingleCase('The ministry said prices would rise, sparking protests in the capital.', {content: 'prices would rise', cue: 'said', speaker: 'ministry'})
  })

  it('a report that opens with a number or ends in a percentage: "said 40% of …", "rates of 50%"', () => {
    testSingleCase('Mr Okafor said 40% of all pensioners were now paying tax rates of 50%.', {content: '40% of all pensioners were now paying tax rates of 50%', cue: 'said', speaker: 'Okafor'})
    testSingleCase('The minister said 12 people had died.', {content: '12 people had died', cue: 'said', speaker: 'minister'})
    // A day number is still a time: "said on 12 March that …".
    testSingleCase('The minister said on 12 March that taxes would rise.', {content: 'taxes would rise', cue: 'said', speaker: 'minister'})
  })

  it('a strict cue before a pronoun and a finite verb reports a clause: "revealed he had clashed", not "showed it cared"', () => {
    testSingleCase('The judge has revealed he has clashed with ministers over the plan.', {content: 'he has clashed with ministers over the plan', cue: 'has revealed', speaker: 'judge'})
    testSingleCase('The striker vowed they would win the title.', {content: 'they would win the title', cue: 'vowed', speaker: 'striker'})
    testNoClaim('The firm revealed its plans on Monday.')
    testNoClaim('The region showed it cared for the refugees.')
  })

  it('a strict cue before a noun phrase and a finite verb reports a clause: "revealed the striker will start"', () => {
    testSingleCase('The trainer revealed the 30-year-old is already aware of the risk.', {content: 'the 30-year-old is already aware of the risk', cue: 'revealed', speaker: 'trainer'})
    testSingleCase('Ana Ruiz pledged the council would build more homes for young families.', {content: 'the council would build more homes for young families', cue: 'pledged', speaker: 'Ana Ruiz'})
    testSingleCase('Ms Ruiz conceded these efforts had been dismal.', {content: 'these efforts had been dismal', cue: 'conceded', speaker: 'Ruiz'})
    testNoClaim('The firm disclosed the number of requests it has received.')
    testNoClaim('The ferry company reported the accident to the harbour police.')
    // A cue's bare form or a cue after a determiner may be a noun.
    testNoClaim('Battleground state Ohio is close this year.')
    testNoClaim('In some states the harbour fees were doubled.')
  })

  it('a phrase between the cue and "that": an addressee after "to", a title in quotation marks, "hours"', () => {
    testSingleCase('The mayor said to reporters that the pier was unsafe.', {content: 'the pier was unsafe', cue: 'said', speaker: 'mayor'})
    testSingleCase('The mayor wrote to the council that the pier was unsafe.', {content: 'the pier was unsafe', cue: 'wrote', speaker: 'mayor'})
    testSingleCase("Ana Ruiz said on the radio show ''Harbour Hour'' that the ferry would run.", {content: 'the ferry would run', cue: 'said', speaker: 'Ana Ruiz'})
    testSingleCase('The mayor tweeted in the early morning hours that the pier was unsafe.', {content: 'the pier was unsafe', cue: 'tweeted', speaker: 'mayor'})
  })

  it('not an infinitive after "to", nor a relative clause of the phrase’s noun', () => {
    testSingleCase('The mayor vowed to fight the ruling.', {content: 'to fight the ruling', cue: 'vowed', speaker: 'mayor'})
    expect(attribute('In July, the council agreed to a compromise with the port that ensured access for ferries.').claims.map((claim) => claim.content.text)).not.toContain('ensured access for ferries')
    expect(attribute('The delegate warned of a “ferocious” battle that could split the party.').claims.map((claim) => claim.content.text)).not.toContain('could split the party')
  })

  it('"added to" a sum reports nothing: "adding to her lead", "added to speculation"', () => {
    testNoClaim('Ana Ruiz won two more districts on Tuesday, adding to her lead in the council race.')
    testNoClaim('The striker has added to speculation about his future.')
    testSingleCase('The mayor added that the pier would reopen.', {content: 'the pier would reopen', cue: 'added', speaker: 'mayor'})
  })

  it('"announced himself" reports nothing', () => {
    testNoClaim('The winger announced himself in the opening minutes with a crunching tackle.')
  })

  it('"reportedly said" is active; "was reportedly said", "widely reported" are passive', () => {
    testSingleCase('The document reportedly said: "We are looking for a new start."', {content: 'We are looking for a new start.', cue: 'said', speaker: 'document'})
    testNoClaim('The plan was reportedly said to be dead.')
    testNoClaim('The head of the agency widely reported to have resigned is still in post.')
  })

  it('X said A, but suggested B: two claims of one speaker', () => {
    const article = attribute('The minister said the plan had failed, but suggested a new one was ready.')
    expect(article.claims.map((claim) => [claim.cue?.text, claim.content.text])).toEqual([
      ['said', 'the plan had failed'],
      ['suggested', 'a new one was ready']
    ])
    expect(article.claims[0]!.speaker).toBe(article.claims[1]!.speaker)
  })

  it('X did something and called for …: a second verb shares the subject that opens the sentence', () => {
    testSingleCase('The minister visited the camp and called for calm.', {content: 'calm', cue: 'called for', speaker: 'minister'})
    testSingleCase('Ms Adeyemi toured the port on Monday and has demanded an inquiry into the fire.', {content: 'an inquiry into the fire', cue: 'has demanded', speaker: 'Adeyemi'})
  })

  it('… and a noun, a plain noun subject or a passive is no such second verb', () => {
    // "demand" here is a noun; "Prices" is no speaker; "all but ruled out" is passive.
    testNoClaim('Profits fell and demand for exports was hit by the strong euro.')
    testNoClaim('Prices rose sharply in March and denied the region its harvest.')
    testNoClaim('The striker was injured last week and was all but ruled out of the final.')
  })

  it('a modal other than "will" is no report: "could say" says nothing yet', () => {
    testNoClaim('The minister could say that taxes will rise.')
  })

  it('X said that …', () => {
    testSingleCase('The ministry said that the border would reopen next month.', {
      content: 'the border would reopen next month',
      kind: 'indirect',
      cue: 'said',
      speaker: 'ministry'
    })
  })

  it('X said … (no "that")', () => {
    testSingleCase('Dmitri Volkov said the convoy had turned back.', {content: 'the convoy had turned back', kind: 'indirect', cue: 'said', speaker: 'Dmitri Volkov'})
  })

  it('…, X said (the report first)', () => {
    testSingleCase('The exact number of victims is not yet known, he said.', {content: 'The exact number of victims is not yet known', kind: 'indirect', cue: 'said'}, {count: 1})
  })

  it('according to X, … and …, according to X', () => {
    testSingleCase('According to the Kyiv Independent, the bridge was hit twice.', {content: 'the bridge was hit twice', cue: 'According to', speaker: 'Kyiv Independent'})
    testSingleCase('The bridge was hit twice, according to local officials.', {content: 'The bridge was hit twice', cue: 'according to', speaker: 'local officials'})
  })

  it('X told Y that …', () => {
    testSingleCase('Amara Diallo told reporters that the vote would go ahead.', {content: 'the vote would go ahead', cue: 'told', speaker: 'Amara Diallo'})
  })

  it('X urged Y to … and X called on Y to …', () => {
    testSingleCase('The envoy urged both sides to return to the table.', {content: 'both sides to return to the table', cue: 'urged'})
    testSingleCase('Farah Nasser called on the council to act.', {content: 'the council to act', cue: 'called on', speaker: 'Farah Nasser'})
  })

  it('X called for …', () => {
    testSingleCase('The opposition leader called for an independent inquiry.', {content: 'an independent inquiry', cue: 'called for'})
  })

  it('X has acknowledged … but slammed … (two claims, one speaker)', () => {
    const text = "The Polish ambassador has acknowledged 'close' cooperation but slammed the 'reckless' sanctions."
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[0]!, {content: "'close' cooperation", kind: 'mixed', cue: 'has acknowledged'})
    checkClaim(article, text, article.claims[1]!, {content: "the 'reckless' sanctions", kind: 'mixed', cue: 'slammed'})
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
  })

  it('X denied …, X confirmed that …, X announced …, X blamed …', () => {
    testSingleCase('The Pentagon denied the reports.', {content: 'the reports', cue: 'denied', speaker: 'Pentagon'})
    testSingleCase('Chile confirmed that its troops had left.', {content: 'its troops had left', cue: 'confirmed', speaker: 'Chile'})
    testSingleCase('Ortega announced a new round of talks.', {content: 'a new round of talks', cue: 'announced', speaker: 'Ortega'})
    testSingleCase('Lindqvist blamed the delays on "a lack of political will".', {content: 'the delays on "a lack of political will"', kind: 'mixed', cue: 'blamed'})
  })

  it('participles: …, adding that … takes the speaker of the clause', () => {
    const text = '"The road is closed," the watchdog group said, adding that more troops had arrived.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[1]!, {content: 'more troops had arrived', cue: 'adding', speaker: 'watchdog group'})
  })

  it('with X saying that …', () => {
    testSingleCase('Talks resumed with the ambassador saying that progress was slow.', {content: 'progress was slow', cue: 'saying', speaker: 'ambassador'})
  })

  it('a headline: X says …', () => {
    testSingleCase('Spanish minister says talks with Morocco will resume', {content: 'talks with Morocco will resume', cue: 'says'})
  })

  it('a source with a complement: experts on X said …', () => {
    testSingleCase('Experts on nuclear proliferation said the test could change that.', {content: 'the test could change that', cue: 'said'})
  })

  it('a name between commas after a role: a lawyer for …, Name, said …', () => {
    testSingleCase('A lawyer for the families, Rosa Quintero, said no decision had been made.', {content: 'no decision had been made', speaker: 'Rosa Quintero'})
  })

  it('a quotation signed with a dash and a name', () => {
    testSingleCase('“He does not speak for us.” ― Sonia Perez', {content: 'He does not speak for us.', kind: 'direct', cue: '―', speaker: 'Sonia Perez'})
    testNoClaim("Talks Go On Despite 'Deep Differences' - Regional Envoy")
  })

  it('a headline or a transcript line: X: …', () => {
    testSingleCase('Okafor: Voters Are Tired Of Broken Promises', {content: 'Voters Are Tired Of Broken Promises', cue: ':', speaker: 'Okafor'})
    testSingleCase('RUIZ: Well, look, nobody wants another delay.', {content: 'Well, look, nobody wants another delay', cue: ':'})
    testNoClaim('Media ID: 55354469')
  })

  it('mixed: a reported clause with a quoted fragment', () => {
    testSingleCase('Jensen said the plan was “dead on arrival.”', {content: 'the plan was “dead on arrival.”', kind: 'mixed', cue: 'said', speaker: 'Jensen'})
  })

  it('keeps a connective without a comma, drops a dateline and a closing adverb', () => {
    testSingleCase('But an aide changed course to avoid the press, a source said.', {content: 'But an aide changed course to avoid the press', cue: 'said'})
    testSingleCase('NAIROBI ― The strike will go ahead on Monday, union leaders said.', {content: 'The strike will go ahead on Monday', cue: 'said'})
    testSingleCase('Osei said the vote would be delayed, though.', {content: 'the vote would be delayed', cue: 'said'})
  })

  it('told Y how …: the report opens with the wh-word', () => {
    testSingleCase('Okafor told radio host Ann Lee on Thursday how surprised he was.', {content: 'how surprised he was', cue: 'told', speaker: 'Okafor'})
  })

  it('drops a trailing credit and a sentence opener', () => {
    testSingleCase('Moreover, after a long meeting in Geneva, the talks stalled, the spokesman said.', {content: 'the talks stalled', cue: 'said'})
  })
})

describe('"according to"', () => {
  it('"According to X, …" where the report opens with a noun phrase', () => {
    testSingleCase('According to police, officers saw the man leave the car.', {content: 'officers saw the man leave the car', cue: 'According to', speaker: 'police'})
    testSingleCase('According to Okafor, the current administration has changed its generals.', {content: 'the current administration has changed its generals', speaker: 'Okafor'})
  })

  it('"According to X, an apposition, …"', () => {
    testSingleCase('According to Ana Ruiz, a spokeswoman for the ministry, the talks failed.', {content: 'the talks failed', speaker: 'Ana Ruiz'})
  })

  it('"…, according to lawyers for the family": a plural role noun is a group source', () => {
    const article = testSingleCase('Two recordings exist, according to lawyers for the family.', {content: 'Two recordings exist', cue: 'according to', speaker: 'lawyers'})
    expect(article.speakers[0]!.kind).toBe('group')
  })

  it('"according to a report by X": the one who wrote the document is the source', () => {
    testSingleCase('According to a report by the Harbour Trust, fish stocks have halved.', {content: 'fish stocks have halved', cue: 'According to', speaker: 'Harbour Trust'})
    testSingleCase('Sales rose by a fifth, according to figures released by the Kestrel Institute on Tuesday.', {content: 'Sales rose by a fifth', speaker: 'Kestrel Institute'})
    testSingleCase('According to figures from the Port Authority, exports fell.', {content: 'exports fell', speaker: 'Port Authority'})
    // A day after "on" is when, unless the whole is a newspaper's name.
    testSingleCase('Exports fell, according to the ministry on March 3.', {content: 'Exports fell', speaker: 'ministry'})
    testSingleCase('Exports fell, according to The Mail on Sunday.', {content: 'Exports fell', speaker: 'Mail on Sunday'})
    // Who obtained a document did not write it; a time or a place is no author.
    testSingleCase('Exports fell, according to documents obtained by the Daily Planet.', {content: 'Exports fell', speaker: 'documents'})
    testSingleCase('According to a poll from March, voters are angry.', {content: 'voters are angry', speaker: 'poll'})
    testSingleCase('According to a report from Lisbon, voters are angry.', {content: 'voters are angry', speaker: 'report'})
    // A person's source stays the person: "officials from the ministry" are officials.
    testSingleCase('According to officials from the ministry, exports fell.', {content: 'exports fell', speaker: 'officials'})
  })

  it('"according to the journal": a publication with no name is a source', () => {
    testSingleCase('Half of the advice is wrong, according to a medical journal.', {content: 'Half of the advice is wrong', speaker: 'medical journal'})
  })
})

describe('the cue before its speaker at the opening of a sentence', () => {
  it('"Said Okonjo: “…”", "Added one official, “…”", "Then, says Ms Ortiz, …"', () => {
    testSingleCase('Said Okonjo: “We have never seen a harvest this poor.”', {content: 'We have never seen a harvest this poor.', cue: 'Said', speaker: 'Okonjo'})
    testSingleCase('Added one official, “We are not done yet.”', {content: 'We are not done yet.', cue: 'Added', speaker: 'official'})
    testSingleCase('Then, says Ms Ortiz, the neighbours found out.', {content: 'the neighbours found out', cue: 'says', speaker: 'Ortiz'})
  })

  it('"Said differently, …" and "Added Monday, …" name no speaker', () => {
    expect(attribute('Said differently, the plan fails.').claims).toEqual([])
    expect(attribute('Added Monday, the rule takes effect in May.').claims).toEqual([])
  })
})

describe('a possessor and a noun cue', () => {
  it('"Reyes’s claim that …" reports the "that" clause', () => {
    testSingleCase('Fact-checkers examined Reyes’s claim that there had been thousands of break-ins.', {content: 'there had been thousands of break-ins', cue: 'claim', speaker: 'Reyes'})
    // As the subject, the clause ends before the sentence's own verb.
    testSingleCase('The ministry’s claim that the talks had failed was strongly denied.', {content: 'the talks had failed', speaker: 'ministry'})
    // With no "that" clause the noun reports nothing.
    expect(attribute('The ministry’s report on the talks was published.').claims).toEqual([])
    // A passive inside the clause does not end it; only the sentence's own verb does.
    testSingleCase('Tom Baxter’s claim that the vote was rigged was denied by the court.', {content: 'the vote was rigged', speaker: 'Tom Baxter'})
    // A verb before the name is not part of the possessor.
    testSingleCase('The jury heard Tom Baxter’s claim that the vote was rigged.', {content: 'the vote was rigged', speaker: 'Tom Baxter'})
  })

  it('a later "he" does not stand for the possessor', () => {
    const article = attribute('Ana Ruiz spoke on Monday. She hit back at Mr Novak’s claim that the plan would work. “It cannot work,” she said.')
    const last = article.claims[article.claims.length - 1]!
    expect(article.speakers.find((speaker) => speaker.id === last.speaker)?.name).toBe('Ana Ruiz')
  })
})

describe('a reported question', () => {
  it('"questioned whether …", "questioned how …" report the question; "questioned the suspect" does not', () => {
    testSingleCase('Analysts have questioned whether the court has any jurisdiction.', {content: 'whether the court has any jurisdiction', cue: 'have questioned', speaker: 'Analysts'})
    testSingleCase('Teachers questioned how the mayor could drop the promise.', {content: 'how the mayor could drop the promise', speaker: 'Teachers'})
    expect(attribute('Police questioned the suspect for hours.').claims).toEqual([])
    // Other object cues take a wh-clause as their object: no report.
    expect(attribute('The firm accepted what the court offered.').claims).toEqual([])
  })

  it('"asked X whether …": the question, after whom it was put to; "asked X to …" keeps the addressee', () => {
    testSingleCase('The host asked the senator whether the bill would pass.', {content: 'whether the bill would pass', cue: 'asked', speaker: 'host'})
    testSingleCase('The host asked her guests what they wanted.', {content: 'what they wanted', cue: 'asked', speaker: 'host'})
    testSingleCase('The host asked the crowd to welcome the senator.', {content: 'the crowd to welcome the senator', cue: 'asked', speaker: 'host'})
  })
})

describe('someone and no one', () => {
  it('"someone asked", "Somebody told": an unnamed person', () => {
    const article = testSingleCase('Then someone asked how the party could inspire young voters.', {content: 'how the party could inspire young voters', cue: 'asked', speaker: 'someone'})
    expect(article.speakers[0]!.kind).toBe('anonymous')
    testSingleCase('Somebody told reporters that the plan would fail.', {content: 'the plan would fail', speaker: 'Somebody'})
  })

  it('"Nobody said", "No one said", "No official said": no one speaks', () => {
    for (const text of ['Nobody said the plan would fail.', 'No one said the plan would fail.', 'No official said the plan would fail.', 'Neither side said the plan would fail.']) {
      expect(attribute(text).claims).toEqual([])
    }
  })
})

describe('the first person', () => {
  it('"I say", "we agree": the author\'s own voice is no claim', () => {
    expect(attribute('That is a fine idea, I say.').claims).toEqual([])
    expect(attribute('We agree with the plan, we said.').claims).toEqual([])
    expect(attribute('I suggest we wait another year.').claims).toEqual([])
    expect(attribute('Nina Hale and I said the plan would fail.').claims).toEqual([])
  })

  it('"US" is a country, not "us"', () => {
    testSingleCase('The US said it would act.', {content: 'it would act', speaker: 'US'})
  })
})

describe('a connective before the attribution', () => {
  it('"Also, X said, CLAUSE" and "Now, X said, CLAUSE": the report follows', () => {
    testSingleCase('Also, Mr Fogg said, the machine sold well in new markets.', {content: 'the machine sold well in new markets', cue: 'said', speaker: 'Fogg'})
    testSingleCase('Now, Ms Ruiz said, the industry rivals the cinema.', {content: 'the industry rivals the cinema', cue: 'said', speaker: 'Ruiz'})
  })

  it('"Speaking in London, he said: …": the participle names nobody', () => {
    const article = attribute('Mr Okafor spoke at a conference. Speaking in London on Saturday, he said: "I will do what I can."')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Okafor'])
  })

  it('a directive cue asks for something: "it appealed in categories …" asks nothing', () => {
    testNoClaim('The machine appealed in categories that few buyers care about.')
    testSingleCase('The minister appealed for calm.', {content: 'calm', cue: 'appealed for'})
  })
})

describe('a cue word as a noun', () => {
  it('"A … claim accusing …" is a noun phrase, not "X claim"', () => {
    testNoClaim('A US government claim accusing the tobacco firms of lying has been thrown out by a court.')
  })

  it('"a … report that …" reports its clause', () => {
    const article = attribute('The ad features a New York Times report from the weekend that the company lost money.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['the company lost money'])
  })
})

describe('cue words that report nothing here', () => {
  it('"people accused of murder" is passive: nobody accuses anyone there', () => {
    testNoClaim('Kaine defended people accused of rape or murder.')
  })

  it('"tell more jokes" tells no one; "tell herself that …" and "told police officials that …" do', () => {
    testNoClaim('Clinton needs to tell more jokes.')
    testSingleCase('Ruiz tells herself that the plan will work.', {content: 'the plan will work', cue: 'tells'})
    testSingleCase('Reyes had told police officials that she did not want an escort.', {content: 'she did not want an escort', cue: 'had told', speaker: 'Reyes'})
  })

  it('one word is no report after "according to" or a participle', () => {
    testNoClaim('Pretty much the same, right? According to MSNBC, basically.')
    testNoClaim('Get those jokes off, adding levity.')
    const article = attribute('"Prices rose," Ruiz said, adding that wages fell.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['Prices rose,', 'wages fell'])
  })

  it('a team sheet is no claim: "Replacements: Peel, Wilson, Thompson."', () => {
    testNoClaim('Replacements: Peel, Wilson, Thompson, Parling, Sititi.')
  })

  it('"Although he …" names nobody called Although', () => {
    const article = attribute('Mr Reyes spoke. Although he got match time, he admitted that the season was hard.')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Reyes'])
  })

  it('"in that spot" is a demonstrative, not a report', () => {
    testNoClaim('I wrote two guides in 2014 for people in that spot.')
  })
})

describe('inside brackets', () => {
  it('"(Having said that, X argue …)": no speaker "Having", and the closing bracket stays out', () => {
    const article = attribute('Firms should pay some tax. (Having said that, some economists argue that corporate taxes should be low.)')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['corporate taxes should be low'])
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Having')
  })
})

describe('"cite"', () => {
  it('X cited Y: what is cited is the report', () => {
    testSingleCase('The company cited rising costs as the reason for the delay.', {content: 'rising costs as the reason for the delay', cue: 'cited', speaker: 'company'})
  })

  it('"…, citing Y" goes with the speaker of the sentence', () => {
    const article = attribute('"The country has changed," Ruiz said in June, citing the release of political prisoners.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['The country has changed,', 'the release of political prisoners'])
    expect(new Set(article.claims.map((claim) => claim.speaker)).size).toBe(1)
  })

  it('a participle with its agent reports nothing: "the report cited by the minister"', () => {
    testNoClaim('The report cited by the minister was wrong.')
  })
})

describe('plural role nouns', () => {
  it('"Attorneys said …", "Lawyers for the family said …"', () => {
    testSingleCase('Attorneys said the case was weak.', {content: 'the case was weak', speaker: 'Attorneys'})
    testSingleCase('Lawyers for the family said the video was clear.', {content: 'the video was clear', speaker: 'Lawyers'})
  })

  it('a group after a preposition is an object, not the speaker of a later cue', () => {
    const article = attribute('Okafor said that officials had met with representatives of the opposition and urged them to join the talks.')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Okafor'])
  })
})

describe('an opening adjunct', () => {
  it('"In December, X pledged to …" reports nothing before the comma; "… but said …" takes X', () => {
    const article = attribute('In December, the union pledged to work towards a deal but said it was not ready yet.')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['to work towards a deal', 'it was not ready yet'])
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['union'])
  })

  it('a body before "in" speaks, not the place: "the Contract Office in Baghdad said"', () => {
    testSingleCase('The Project and Contract Office in Baghdad said it had taken over the contract.', {content: 'it had taken over the contract', speaker: 'Project and Contract Office'})
  })
})

describe('a time after the cue', () => {
  it('"said last month the talks failed": the time is skipped whole', () => {
    testSingleCase('Reyes said last month the talks failed.', {content: 'the talks failed', cue: 'said', speaker: 'Reyes'})
    testSingleCase('Reyes told reporters last week the talks failed.', {content: 'the talks failed', cue: 'told', speaker: 'Reyes'})
  })

  it('"said in a statement it would …": a clause after a phrase, with no "that"', () => {
    testSingleCase('The firm said in a statement it would cut 300 jobs.', {content: 'it would cut 300 jobs', cue: 'said', speaker: 'firm'})
    testNoClaim('Reyes said in March.')
  })

  it('"said the day was sad": a time phrase before a verb is the subject of the report', () => {
    testSingleCase('Reyes said the day was sad.', {content: 'the day was sad', cue: 'said', speaker: 'Reyes'})
  })
})

describe('relative clauses', () => {
  it('"X, who said …, …": the speaker before "who", the report ending with the clause', () => {
    testSingleCase('Mr Haller, who has confirmed the money was paid, left on Monday.', {content: 'the money was paid', cue: 'has confirmed', speaker: 'Haller'})
  })

  it('"X, which said …": a body before "which"', () => {
    testSingleCase('The plan was welcomed by Beijing, which said the ban was a relic.', {content: 'the ban was a relic', cue: 'said', speaker: 'Beijing'})
    testSingleCase('The ministry, which said prices would rise, gave no figures.', {content: 'prices would rise', cue: 'said', speaker: 'ministry'})
  })

  it('the speaker before "which" or "who" leaves out the preposition its phrase hangs on', () => {
    testSingleCase('It came second in the Top Ten Essentials list which predicts what buyers will want this year.', {content: 'what buyers will want this year', cue: 'predicts', speaker: 'Top Ten Essentials list'})
    testSingleCase('The plan was a reply to a British Medical Journal article that claimed the figures were wrong.', {content: 'the figures were wrong', cue: 'claimed', speaker: 'British Medical Journal article'})
  })
})

describe('multiword cues', () => {
  it('"made it clear that", "voiced their concern that"', () => {
    testSingleCase('The commissioner made it clear that action was necessary.', {content: 'action was necessary', cue: 'made it clear'})
    testSingleCase('Finance ministers voiced their concern that the euro was harming exports.', {content: 'the euro was harming exports', cue: 'voiced their concern'})
  })
})

describe('what someone called something', () => {
  it('X called Y ADJECTIVE: an adjective right after the object is what it is called; "called the police" names nothing', () => {
    testSingleCase('The senator called the charges unfair.', {content: 'the charges unfair', cue: 'called', speaker: 'senator'})
    expect(attribute('The senator called the police at once.').claims).toEqual([])
  })

  it('X called Y "Z": the object and what it is called', () => {
    testSingleCase('The finance minister called the sale "the swindle of the century".', {
      content: 'the sale "the swindle of the century"',
      kind: 'mixed',
      cue: 'called',
      speaker: 'finance minister'
    })
  })

  it('X has called a long object "Z"', () => {
    testSingleCase('President Okafor has called the bloc\'s rebate from the common budget "unjustified".', {
      content: 'the bloc\'s rebate from the common budget "unjustified"',
      cue: 'has called',
      speaker: 'Okafor'
    })
  })

  it('X described Y as Z, with or without quotation marks', () => {
    testSingleCase('Beijing described the embargo as a "product of the Cold War".', {content: 'the embargo as a "product of the Cold War"', cue: 'described', speaker: 'Beijing'})
    testSingleCase('The senator described the vote as a disgrace.', {content: 'the vote as a disgrace', cue: 'described', speaker: 'senator'})
  })

  it('X branded Y "Z" after another claim of the sentence', () => {
    const article = attribute('Seoul accused the North of recklessness and Tokyo branded it an "outlaw nation".')
    expect(article.claims.map((claim) => claim.content.text)).toContain('it an "outlaw nation"')
  })

  it('X called Y a Z, without quotation marks', () => {
    testSingleCase('Democrats called the contempt citation a transparent political ploy.', {content: 'the contempt citation a transparent political ploy', cue: 'called', speaker: 'Democrats'})
    testSingleCase('His former partner called him a master of impossible deals.', {content: 'him a master of impossible deals', cue: 'called'})
  })

  it('calling someone a second time, or calling a list of people, is no report', () => {
    testNoClaim('The minister called the police a second time.')
    testNoClaim('The firm called its lawyer and a doctor.')
    testNoClaim('He called in to a radio show on Monday.')
  })

  it('a name is no report: "a firm called …", "a group called "…""', () => {
    testNoClaim('The assets were sold to a previously unknown firm called Baikal.')
    testNoClaim('She joined a group called "Citizens First" in 2010.')
    testNoClaim('The minister called the meeting to order.')
    testNoClaim('He called his lawyer on Monday from the airport.')
  })
})

describe('what is not a claim', () => {
  it('a book title in quotation marks', () => {
    testNoClaim('She wrote "The Long Road Home" in 1998 while living in Lisbon.')
  })

  it('scare quotes in narration', () => {
    testNoClaim('The so-called "peace dividend" never arrived in the region.')
  })

  it('"said" inside "so-called" is no cue', () => {
    testNoClaim('The so-called experts met in a hotel near the airport.')
  })

  it('"he talks about" is no claim of speech', () => {
    testNoClaim('In the film he talks about his childhood in Accra.')
  })

  it('narration with a verb that has a non-speech sense', () => {
    testNoClaim('Russia agreed to a last-minute compromise with the US that ensured aid access.')
    testNoClaim('The rebels had threatened to veto an extension of the truce.')
  })

  it('a cue inside a quotation is what was said', () => {
    const text = '"I call on all parties to stop," Halvorsen said.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(1)
    expect(article.claims[0]!.cue?.text).toBe('said')
  })

  it('a pronoun with no antecedent: speaker null and a diagnostic', () => {
    const text = '"We are not leaving," he said.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(1)
    expect(article.claims[0]!.speaker).toBeNull()
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('merge-speaker-aliases/unresolved-pronoun')
  })
})

describe('spans', () => {
  it('the claim span covers content, cue and speaker', () => {
    const text = 'Officials said the dam had held.'
    const article = testSingleCase(text, {content: 'the dam had held', cue: 'said'})
    const claim = article.claims[0]!
    const speaker = speakerOf(article, claim)!
    expect(claim.span.start).toBeLessThanOrEqual(speaker.mentions[0]!.start)
    expect(claim.span.end).toBeGreaterThanOrEqual(claim.cue!.span.end)
    expect(text.slice(speaker.mentions[0]!.start, speaker.mentions[0]!.end)).toBe('Officials')
  })
})
