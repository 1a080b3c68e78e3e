import {describe, expect, it} from 'vitest'
import {parseEvents, parseEventsWithSyntax, testNoEvent, testSingleEvent} from './helpers.js'

describe('triggers: one per family, in their inflections', () => {
  it.each([
    ['ASSAULT', 'Rebels attacked a checkpoint near the border.', 'attacked'],
    ['ASSAULT', 'The army attacks the town every night.', 'attacks'],
    ['ASSAULT', 'Government troops are attacking the town.', 'attacking'],
    ['ASSAULT', 'Warplanes carried out airstrikes on the district.', 'airstrikes'],
    ['ASSAULT', 'Israeli raids continued overnight across the city.', 'raids'],
    ['ASSAULT', 'Artillery shelled the village for hours.', 'shelled'],
    ['ASSAULT', 'Soldiers gunned down protesters in the square.', 'gunned down'],
    ['ASSAULT', 'Russia intervened with airstrikes in 2015.', 'intervened'],
    ['COERCE', 'US forces blocked a Russian convoy.', 'blocked'],
    ['COERCE', 'The navy imposed a blockade on the port.', 'blockade'],
    ['COERCE', 'Police detained six activists.', 'detained'],
    ['COERCE', 'Customs officers seized the shipment.', 'seized'],
    ['MOBILIZE', 'Russia has deployed air defence systems.', 'deployed'],
    ['MOBILIZE', 'The US sent troops to Syria.', 'sent'],
    ['MOBILIZE', 'Armenia mobilised its reserves.', 'mobilised'],
    ['CONSULT', 'The ministers met in Geneva.', 'met'],
    ['CONSULT', 'A meeting between the two leaders took place.', 'meeting'],
    ['CONSULT', 'Negotiations resumed in Vienna.', 'Negotiations'],
    ['CONSULT', 'A round of peace talks opened in Doha.', 'peace talks'],
    ['CONSULT', 'The president will visit Kenya.', 'visit'],
    ['AGREE', 'Both sides agreed to a compromise.', 'agreed'],
    ['AGREE', 'A ceasefire took effect at midnight.', 'ceasefire'],
    ['AGREE', 'Donors pledged more money.', 'pledged'],
    ['AGREE', 'The two countries signed an accord.', 'signed an accord'],
    ['AGREE', 'Negotiators reached a deal late on Friday.', 'reached a deal'],
    ['AGREE', 'Negotiators reached a comprehensive ceasefire agreement on Friday.', 'reached'],
    ['ASSAULT', 'Israeli jets struck targets in Gaza.', 'struck'],
    ['ASSAULT', 'Houthi rebels fired missiles at the port.', 'fired'],
    ['ASSAULT', 'The army launched an offensive in the north.', 'launched an offensive'],
    ['THREATEN', 'Tehran vowed to retaliate.', 'vowed'],
    ['SANCTION', 'France recalled its ambassador.', 'recalled'],
    ['ASSAULT', 'The coalition launched strikes on the city.', 'launched strikes'],
    ['ASSAULT', 'Police shot a protester in the leg.', 'shot'],
    ['ASSAULT', 'Heavy fighting erupted near the airport.', 'fighting'],
    ['ACCUSE', 'The minister lashed out at critics.', 'lashed out at'],
    ['SUPPORT', 'Leaders hailed the agreement as historic.', 'hailed'],
    ['AGREE', 'Parliament ratified the treaty.', 'ratified'],
    ['COERCE', 'Security forces fired tear gas at the crowd.', 'fired'],
    ['REQUEST', 'The envoy urged both sides to stop.', 'urged'],
    ['REQUEST', 'The council called on members to act.', 'called on'],
    ['REQUEST', 'The minister asked Parliament to renew the law.', 'asked'],
    ['REQUEST', 'Protesters demanded his resignation.', 'demanded'],
    ['ACCUSE', 'Washington accused Moscow of war crimes.', 'accused'],
    ['ACCUSE', 'The state sued the company over the spill.', 'sued'],
    ['ACCUSE', 'Investors are suing the bank over the losses.', 'suing'],
    ['ACCUSE', 'Two managers were charged with fraud on Monday.', 'charged'],
    ['ACCUSE', 'The minister deplored the decision of the court.', 'deplored'],
    ['REJECT', 'The government ignored a court order to release him.', 'ignored'],
    ['REJECT', 'Protesters defied the ban on rallies.', 'defied'],
    ['MOBILIZE', 'The president ordered troops to the border.', 'ordered'],
    ['SUPPORT', 'The government has given its backing to the plan.', 'given its backing'],
    ['ACCUSE', 'The ambassador blamed regional conflicts on the West.', 'blamed'],
    ['ACCUSE', 'The envoy alleged that Moscow had lied.', 'alleged'],
    ['ACCUSE', 'The group condemned the decision.', 'condemned'],
    ['ACCUSE', 'The senator attacked the decision as reckless.', 'attacked'],
    ['THREATEN', 'Russia had threatened to veto an extension.', 'threatened'],
    ['THREATEN', 'The minister warned of consequences.', 'warned of'],
    ['REJECT', 'Russia vetoed the resolution.', 'vetoed'],
    ['REJECT', 'Parliament rejected the plan.', 'rejected'],
    ['REJECT', 'The rebels refused the offer.', 'refused'],
    ['REJECT', 'The government refuses to accept the court ruling.', 'refuses'],
    ['COERCE', 'The dissident was sent to a labour camp in 1987.', 'sent'],
    ['REQUEST', 'Members want the budget to be capped - the commission has urged an increase.', 'urged'],
    ['REQUEST', 'Protesters marched and demanded his resignation.', 'demanded'],
    ['CONCEDE', 'The kidnappers released her on Monday.', 'released'],
    ['REQUEST', 'The government appealed to rebels to lay down their arms.', 'appealed'],
    ['CONSULT', 'The firm has held discussions with regulators.', 'discussions'],
    ['AGREE', 'The two sides reached a settlement on Friday.', 'reached a settlement'],
    ['COOPERATE', 'Russia and the US have cooperated on aid.', 'cooperated'],
    ['COOPERATE', 'Its aircraft worked with the Russian air force.', 'worked with'],
    ['COOPERATE', 'The US had shared intelligence with Russia.', 'shared'],
    ['AID', 'The United States provided the forces airstrike support.', 'provided'],
    ['AID', 'Trucks delivered food to the town.', 'delivered'],
    ['SANCTION', 'The EU imposed new sanctions on Iran.', 'sanctions'],
    ['RETREAT', 'The army withdrew from the city.', 'withdrew'],
    ['RETREAT', 'The company pulled out its staff.', 'pulled out'],
    ['PROTEST', 'Thousands protested in the capital.', 'protested'],
    ['PROTEST', 'Supporters rallied outside the court.', 'rallied'],
    ['SUPPORT', 'Russia has backed the government since 2011.', 'backed'],
    ['SUPPORT', 'The plan was supported by most members.', 'supported'],
    ['CONCEDE', 'The rebels released the hostages.', 'released'],
    ['CONCEDE', 'The government conceded to their demands.', 'conceded']
  ] as const)('%s: %s', (type, text, trigger) => {
    testSingleEvent(text, type, trigger)
  })
})

describe('triggers: multiword triggers win over their parts', () => {
  it('takes "peace talks" whole', () => {
    testSingleEvent('They attended peace talks in Geneva.', 'CONSULT', 'peace talks')
  })
  it('takes a place that leads the talks into the trigger', () => {
    testSingleEvent("It follows last month's Astana peace talks.", 'CONSULT', 'Astana peace talks')
  })
  it('takes "airstrikes hit"', () => {
    testSingleEvent('Twelve died when airstrikes hit the market.', 'ASSAULT', 'airstrikes hit')
  })
  it('takes "worked with", not "worked"', () => {
    expect(parseEvents('The pilots worked with the coalition.')[0]?.trigger.text).toBe('worked with')
  })
})

describe('triggers: what is not an event', () => {
  it.each([
    ['a heart attack', 'He died of a heart attack last year.'],
    ['"charged with" a duty', 'The committee is charged with ensuring fair play.'],
    ['a question asked', 'He asked what the government had to hide.'],
    ['a veto held', 'He said his current veto would stay.'],
    ['"ignored" a noise', 'He ignored the noise outside.'],
    ['an order that moves no troops', 'The judge ordered a retrial.'],
    ['a price charged', 'The shop charges customers for bags.'],
    ['"talks" as a verb', 'He talks about the war every day.'],
    ['"a deal of time"', 'It took a deal of time to finish.'],
    ['"a great deal"', 'A great deal has changed since then.'],
    ['the nuclear deal as a thing', 'The nuclear deal is an optimal combination of obligations.'],
    ['"attack" in sports', 'The attack line was weak in the second half.'],
    ['"fired the coach"', 'The club fired the coach on Monday.'],
    ['a released statement', 'The ministry released a statement on Monday.'],
    ['a released report', 'The agency released its annual report.'],
    ['supported by evidence', 'The claim is supported by evidence.'],
    ['a hyphenated modifier', 'The US-backed forces hold the north.'],
    ['a plain "said"', 'The minister said the army was ready.'],
    ['a verb in the infinitive', 'The US finds ways to work with Russia.'],
    ['a bare gerund', 'There were incidents of troops blocking patrols.'],
    ['support in the present tense', 'The US backs Kurdish-led militias.'],
    ['a trigger noun as a modifier', 'The attack helicopters returned to base.'],
    ['a trigger noun before a plural head it modifies', 'He was radicalised by the student protest movements of the time.'],
    ['a prayer', 'I ask God to have mercy upon my family.'],
    ['a noun in a name', 'The case went to the Court of Appeals.'],
    ['"meet" a target', 'The chancellor met his fiscal rules.'],
    ['a base form with no subject', 'The law brings in house arrest.'],
    ['plural nouns after a modifier', 'Labour published six new pledges.'],
    ['"seized on" a claim', 'The campaign seized on the remark.'],
    ['weather', 'Storms and droughts hit the region.'],
    ['an earthquake that struck', 'An earthquake struck the region.'],
    ['a deal that was struck', 'The firms struck a balance between cost and speed.'],
    ['a court that struck down a law', 'The court struck down the law.'],
    ['"fired" staff', 'The company fired the manager.'],
    ['an offensive remark', 'He made an offensive remark.'],
    ['agreeing with an opinion', 'Most analysts agreed that the plan was weak.'],
    ['signing a bill', 'The president signed the bill into law.'],
    ['a labour strike', 'Workers launched a strike over pay.'],
    ['shooting a film', 'The crew shot a video in the desert.'],
    ['fighting crime', 'The police are fighting crime in the city.'],
    ['hailing from a place', 'The singer hailed from Ohio.'],
    ['sending a letter to a camp', 'They sent a letter to the camp director.'],
    ['a settlement that is a place', 'Israel expanded the settlement near Hebron.'],
    ['a settlement that is a payment', 'He received a settlement of 65,000 pounds.'],
    ['discussions with no one to discuss with', 'The discussions on television were heated.'],
    ['the demand of a market', 'Prices fell and demand dipping after the summer hit profits.'],
    ['consumer demand', 'Consumer demand fell in March.'],
    ['what is attractive', 'This would appeal to developers.'],
    ['releasing records from her album', 'She released four number ones from her 2000 album.'],
    ['a currency that rallied ("it", not people)', 'It rallied for a day after the central bank spoke.']
  ])('%s', (_, text) => {
    testNoEvent(text)
  })

  it('a passive verb whose subject names the same event yields to the noun', () => {
    expect(parseEvents('The summit on water is being hosted by the governor.').map((event) => event.trigger.text)).toEqual(['summit'])
    expect(parseEvents('The 15-year embargo was imposed in 1989.').map((event) => event.trigger.text)).toEqual(['embargo'])
    // An active verb after a conjunction is an event of its own.
    expect(parseEvents('The protest was small but students are protesting again.').map((event) => event.trigger.text)).toEqual(['protest', 'protesting'])
  })

  it('keeps the threat and drops the vetoed veto', () => {
    expect(parseEvents('Russia had threatened to veto an extension.').map((event) => event.type)).toEqual(['THREATEN'])
  })

  it('keeps the pledge and drops what was pledged', () => {
    expect(parseEvents('Moscow and Washington pledged to cooperate and share intelligence.').map((event) => event.trigger.text)).toEqual(['pledged'])
  })

  it('ends an infinitive where a new subject and its verb follow "and"', () => {
    expect(parseEvents('The freeze was to expire and Mr. Roe refused to extend it.').map((event) => event.trigger.text)).toEqual(['refused'])
    // Names after "and" with no verb of their own stay in it.
    expect(parseEvents('The group had threatened to attack Aleppo and Homs.').map((event) => event.trigger.text)).toEqual(['threatened'])
  })

  it('names a scheduled event inside an infinitive when a place anchors it', () => {
    const found = parseEvents('It hoped Washington would send envoys to attend peace talks in Astana.')
    expect(found.map((event) => event.trigger.text)).toEqual(['peace talks'])
  })

  it('reads a definite noun that points back as the same event, one of its mentions', () => {
    const text = 'A meeting between the two leaders took place. The meeting was aimed at peace.'
    const found = parseEvents(text)
    expect(found.map((event) => event.trigger.span.start)).toEqual([2])
    expect(found[0]!.mentions.map((mention) => mention.span.start)).toEqual([text.indexOf('meeting was')])
    expect(found[0]!.mentions[0]!.text).toBe('meeting')
  })

  it('reads a second name of the same event as one of its mentions', () => {
    const text = 'The envoys resumed negotiations in UN-sponsored meetings on Friday.'
    const found = parseEvents(text).filter((event) => event.type === 'CONSULT')
    expect(found.map((event) => event.trigger.text)).toEqual(['negotiations'])
    expect(found[0]!.mentions.map((mention) => mention.text)).toEqual(['meetings'])
  })

  it('reads a noun after a casualty count that was left out as an event of its own, unless it is definite', () => {
    const battle = 'A bomb was detonated at the gate on Monday. Days later, the suspect was killed in a gun battle with police.'
    expect(parseEvents(battle).map((event) => `${event.trigger.text} [${event.mentions.map((mention) => mention.text).join()}]`)).toEqual(['detonated []', 'gun battle []'])
    const attack = 'Gunmen attacked a checkpoint on Monday. Later, ten soldiers were killed in the complex attack.'
    expect(parseEvents(attack).map((event) => `${event.trigger.text} [${event.mentions.map((mention) => mention.text).join()}]`)).toEqual(['attacked [attack]'])
  })

  it('points a definite noun that names a kind of attack back to the latest event of that kind', () => {
    const text = 'A bomb exploded near the station on Saturday. Hours later, a man stabbed eight people in a mall. Police asked whether the stabbings were linked to the bombing.'
    const found = parseEvents(text)
    expect(found.map((event) => `${event.trigger.text} [${event.mentions.map((mention) => mention.text).join()}]`)).toEqual(['exploded [bombing]', 'stabbed [stabbings]'])
  })

  it('points a definite noun with a name among its modifiers back to the event whose clause has the name', () => {
    const text = 'Gunmen attacked a bank in Leeds on Monday. Rebels shelled a market in Homs on Tuesday. The Leeds attack was the first of the year.'
    const found = parseEvents(text)
    expect(found.map((event) => `${event.trigger.text} [${event.mentions.map((mention) => mention.text).join()}]`)).toEqual(['attacked [attack]', 'shelled []'])
  })

  it('reads a definite noun with a place after it as a new event unless an event of its type was told there', () => {
    const found = (text: string) => parseEvents(text).map((event) => `${event.trigger.text} [${event.mentions.map((mention) => mention.text).join()}]`)
    expect(found('Gunmen attacked a bank in Leeds on Monday. The attack in Norwich followed a week later.')).toEqual(['attacked []', 'attack []'])
    expect(found('Gunmen attacked a bank in Leeds on Monday. The attack in Leeds shocked the city.')).toEqual(['attacked [attack]'])
  })

  it('adds a mention to the latest event of its type', () => {
    const text = 'Gunmen attacked a police post on Monday. Rebels met envoys in Geneva. The attack killed two officers.'
    const found = parseEvents(text)
    const attack = found.find((event) => event.trigger.text === 'attacked')!
    expect(attack.mentions.map((mention) => mention.text)).toEqual(['attack'])
    expect(found.filter((event) => event.type === 'CONSULT').every((event) => event.mentions.length === 0)).toBe(true)
  })

  it('keeps a definite noun with a date of its own', () => {
    const text = 'The sides pledged to talk. The December 29 ceasefire holds.'
    expect(parseEvents(text).map((event) => event.trigger.text)).toEqual(['pledged', 'ceasefire'])
  })

  it('reads a verb and its event noun as one event, named by the noun', () => {
    expect(parseEvents('Norway hosted exploratory talks in Oslo.').map((event) => event.trigger.text)).toEqual(['talks'])
  })

  it('reads what is called for as the content of the request', () => {
    expect(parseEvents('The opposition leader called for new protests.').map((event) => event.trigger.text)).toEqual(['called for'])
  })

  it('reads two triggers of one event as one', () => {
    const text = 'The airstrikes killed at least 12 people.'
    expect(parseEvents(text).map((event) => event.trigger.text)).toEqual(['airstrikes'])
  })

  it('leaves out headlines and other lines without a sentence end', () => {
    testNoEvent('US Blames Russians For Tensions In Northeastern Syria')
  })
})

describe('triggers: threats', () => {
  it('reads an act of force that "I" or "we" will do as a threat made now', () => {
    const event = testSingleEvent('"We will kill every one of them," the commander said.', 'THREATEN', 'kill')
    expect(event.modality).not.toBe('hypothetical')
    testSingleEvent("The commander said: \"We'll arrest anyone who comes near.\"", 'THREATEN', 'arrest')
    // Not a threat: someone else's future, or a denial.
    expect(parseEvents('The rebels will attack the town.').map((event) => event.type)).toEqual(['ASSAULT'])
    expect(parseEvents('"We will not attack the town," he said.').map((event) => event.type)).toEqual(['ASSAULT'])
  })

  it('reads a threat noun with what it threatens or whom it is against', () => {
    testSingleEvent('The group renewed its threat to kill the hostages on Monday.', 'THREATEN', 'threat')
    testSingleEvent('Officials said there was no credible threat against the city.', 'THREATEN', 'threat')
    testSingleEvent('The minister has received death threats since May.', 'THREATEN', 'death threats')
    expect(parseEvents('Climate change is a threat to national security.')).toEqual([])
  })

  it('reads coercion and pressing someone into an act as threats', () => {
    testSingleEvent('Critics say the regime rules by coercion and fear.', 'THREATEN', 'coercion')
    testSingleEvent('The government is pressuring public employees to vote.', 'THREATEN', 'pressuring')
    expect(parseEvents('The pressure on prices eased in March.')).toEqual([])
  })
})

describe('triggers: suicide bombings, captures, executions', () => {
  it('reads a bomber who blew himself up, or drove explosives into a target', () => {
    testSingleEvent('On Monday a suicide bomber blew himself up at the gate.', 'ASSAULT', 'blew himself up')
    testSingleEvent('A bomber riding a motorcycle loaded with explosives crashed into a foot patrol.', 'ASSAULT', 'crashed into')
    expect(parseEvents('A lorry crashed into a wall on the motorway.')).toEqual([])
  })

  it('reads taking a person captive as coercion, not taking a town or an image', () => {
    testSingleEvent('He was captured after a manhunt that lasted two days.', 'COERCE', 'captured')
    testSingleEvent('Troops captured two rebel commanders near the river.', 'COERCE', 'captured')
    expect(parseEvents('The film captured the mood of the city.')).toEqual([])
  })

  it('reads an execution of a person', () => {
    testSingleEvent('The militants executed him in front of the crowd.', 'ASSAULT', 'executed')
    expect(parseEvents('The company executed the plan in March.')).toEqual([])
  })
})

describe('triggers: participles that stand for people', () => {
  it('reads "those arrested" as an arrest, "those killed" as a casualty count', () => {
    testSingleEvent('Those arrested include two journalists.', 'COERCE', 'arrested')
    testSingleEvent('Those detained on Monday were later freed.', 'COERCE', 'detained')
    expect(parseEvents('Those killed included two children.')).toEqual([])
    expect(parseEvents('More than half of those asked in a poll said they do not know.')).toEqual([])
  })
})

describe('triggers: orders', () => {
  it('reads an order of what is to be done as a request', () => {
    testSingleEvent('The State Department ordered the departure of embassy staff.', 'REQUEST', 'ordered')
    testSingleEvent('The minister ordered a thorough investigation into the outage.', 'REQUEST', 'ordered')
    expect(parseEvents('She ordered a pizza and a salad.')).toEqual([])
  })
})

describe('triggers: forms, gerunds and infinitives that name the act itself', () => {
  it('reads a verb whose past is its base form after any subject: "he set off"', () => {
    testSingleEvent('Police said he set off an explosive device in the square.', 'ASSAULT', 'set off')
    expect(parseEvents('The team set off for the capital at dawn.')).toEqual([])
  })

  it('reads the infinitive after a verb of beginning as the event, not its purpose', () => {
    testSingleEvent('The bombs began to explode shortly before 3pm.', 'ASSAULT', 'explode')
    expect(parseEvents('The rebels plan to attack the town.')).toEqual([])
  })

  it('reads a gerund after "before" or "after" as an act of the clause', () => {
    testSingleEvent('The brothers left the bombs near the finish line before detonating them.', 'ASSAULT', 'detonating')
    expect(parseEvents('Shares lost ground in the morning before rallying in the afternoon.')).toEqual([])
  })

  it('reads an event that an infinitive is timed by: "a week before the bombings"', () => {
    testSingleEvent('He died trying to plant a bomb a week before the pub bombings.', 'ASSAULT', 'bombings')
  })

  it('reads a request or an accusation in a participle after a comma as made along with the clause', () => {
    const found = (text: string) => parseEvents(text).map((event) => `${event.type} ${event.trigger.text}`)
    expect(found('The union called a strike, asking workers to stay at home on Monday.')).toContain('REQUEST asking')
    testSingleEvent('The mayor wrote to the firm, accusing it of misleading residents.', 'ACCUSE', 'accusing')
    testNoEvent('The pressure on the firm is growing, threatening further losses.')
    testNoEvent('Asking workers to stay at home is unusual.')
  })

  it('reads an attempt to kill or assassinate someone as the attack, and not an attempt to kill a bill', () => {
    testSingleEvent('Police foiled an attempt to kill the mayor on Monday.', 'ASSAULT', 'attempt')
    testSingleEvent('Officials said an attempt had been made to assassinate the governor.', 'ASSAULT', 'attempt')
    testNoEvent('It was a last attempt to kill the bill.')
    testNoEvent('She made an attempt to win the seat.')
  })

  it('reads a battle fought by armed men as an assault, and a battle in court or at the polls as none', () => {
    testSingleEvent('Two men died in a battle between troops and rebels near the bridge.', 'ASSAULT', 'battle')
    testNoEvent('The family began a legal battle with police over the footage.')
    testNoEvent('The battle between the two parties for the seat is close.')
  })

  it('reads "met up" as a meeting', () => {
    testSingleEvent('The two envoys met up with rebel commanders in Doha.', 'CONSULT', 'met up')
    testSingleEvent('He told them his view when they met up.', 'CONSULT', 'met up')
  })

  it('reads what a bomb or a missile destroyed as the attack, and a fire or a passive with no weapon as none', () => {
    testSingleEvent('Minutes later a second bomb destroyed the crowded bar.', 'ASSAULT', 'destroyed')
    testSingleEvent('A powerful blast destroyed the crowded bar.', 'ASSAULT', 'blast')
    testNoEvent('A fire destroyed the crowded bar.')
    testNoEvent('The crowded bar was destroyed at midnight.')
  })

  it('reads an event that an infinitive responds to or answers for: "to respond to the attacks"', () => {
    testSingleEvent('The minister wants to give a firm response to the attacks on farmers.', 'ASSAULT', 'attacks')
    testSingleEvent('The militia wants to take revenge for the bombing of its base.', 'ASSAULT', 'bombing')
    testNoEvent('The minister wants to prevent attacks on farmers.')
    testSingleEvent('Some members felt the group had to admit responsibility for attacks carried out that year.', 'ASSAULT', 'attacks')
  })

  it('reads an event in a clause of time inside an accusation as one that happened', () => {
    const found = parseEvents('The ad targets the senator, accusing her of sleeping when the attack on the embassy began.').map((event) => `${event.type} ${event.trigger.text}`)
    expect(found).toEqual(['ACCUSE accusing', 'ASSAULT attack'])
    expect(parseEvents('Washington accused Russia of planning attacks on the port.').map((event) => event.type)).toEqual(['ACCUSE'])
  })

  it('reads a warning of a risk or a danger as no threat', () => {
    testNoEvent('Doctors warned of the risk of an outbreak in the south.')
    testNoEvent('The minister warned of the dangers of complacency.')
    testSingleEvent('The militia warned of reprisals against the village.', 'THREATEN', 'warned of')
  })

  it('reads what someone is condemned or blamed for as an act that took place, and what is proposed as none', () => {
    const described = (text: string) => parseEventsWithSyntax(text).map((event) => `${event.type} ${event.trigger.text}`)
    expect(described('The mayor blamed Hamas for the shelling of the market.')).toEqual(['ACCUSE blamed', 'ASSAULT shelling'])
    expect(described('The regime was condemned for corruption and the murder of reporters.')).toEqual(['ACCUSE condemned', 'ASSAULT murder'])
    // What someone is accused of is only alleged; a proposal rebuked is no act.
    expect(described('Officials accused Hamas of the shelling of the market.')).toEqual(['ACCUSE accused'])
    expect(described('Generals rebuked the plan for more airstrikes.')).toEqual(['ACCUSE rebuked'])
  })

  it('reads an event named by its date inside an accusation as one that happened', () => {
    const found = parseEvents('Prosecutors accused two men of carrying out the August 17 bombing.').map((event) => `${event.type} ${event.trigger.text}`)
    expect(found).toEqual(['ACCUSE accused', 'ASSAULT bombing'])
    expect(parseEvents('Washington accused Russia of war crimes.').map((event) => event.type)).toEqual(['ACCUSE'])
  })

  it('reads the claim of an attack as no attack, and seizing power or control as no seizure', () => {
    expect(parseEvents('Firefighters cast doubt on the drone attack claim.')).toEqual([])
    expect(parseEvents('The army seized power in a coup.')).toEqual([])
    expect(parseEvents('The founder seized back control of her company.')).toEqual([])
  })

  it('reads a plural noun after "to" as a noun, not an infinitive: "pleaded not guilty to charges"', () => {
    testSingleEvent('He pleaded not guilty to charges of fraud and conspiracy.', 'ACCUSE', 'charges')
    expect(parseEvents('There is a lot to sort out on web access and data charges.')).toEqual([])
  })

  it('reads a bare "strikes" as more of the drone strikes a story has named, and only then', () => {
    const found = parseEvents('Obama ordered more drone strikes than Bush. A total of 563 strikes targeted Pakistan.').map((event) => `${event.type} ${event.trigger.text}`)
    expect(found).toEqual(['ASSAULT drone strikes', 'ASSAULT strikes'])
    expect(parseEvents('A total of 563 strikes closed the rail network last year.')).toEqual([])
  })

  it('reads the subject of a relative clause in the noun it modifies: "a bomb that did not go off"', () => {
    testSingleEvent('Police found another bomb in the station that did not go off.', 'ASSAULT', 'go off')
    expect(parseEvents('The tsunami, which struck the coast on Sunday, left thousands homeless.')).toEqual([])
    expect(parseEvents('The currency, which had been rallying, fell on Friday.')).toEqual([])
  })

  it('reads demands for something as a request', () => {
    testSingleEvent('There were urgent demands for an immediate return of internment.', 'REQUEST', 'demands')
    expect(parseEvents('The demands of the job are heavy.')).toEqual([])
  })
})

describe('triggers: rallies', () => {
  it('reads a rally with a sign of protest as a protest', () => {
    testSingleEvent('Thousands joined an anti-war rally in the capital on Sunday.', 'PROTEST', 'rally')
    testSingleEvent('Farmers held a rally against the new tax outside parliament.', 'PROTEST', 'rally')
    testSingleEvent('Hundreds of nurses rallied outside the hospital.', 'PROTEST', 'rallied')
  })

  it('reads the article that opens a sentence as no name whose rally it is', () => {
    testSingleEvent('A rally was held outside the town hall on Sunday.', 'PROTEST', 'rally')
    testSingleEvent('The rally took place in the main square.', 'PROTEST', 'rally')
    testNoEvent('Smith rally draws a large crowd in the town.')
  })

  it('takes a campaign rally for no protest', () => {
    testNoEvent("The candidate's rallies drew large crowds all summer.")
    testNoEvent('The senator spoke at a rally in Ohio on Tuesday.')
    testNoEvent('She attended a victory rally in her home town.')
    testNoEvent('Two supporters were seen at a Smith rally last spring.')
  })

  it('reads "caught" as a capture by those who arrest, or where and doing what one was caught', () => {
    testSingleEvent('Police caught the suspect near the station.', 'COERCE', 'caught')
    testSingleEvent('Two men were caught smuggling guns across the border.', 'COERCE', 'caught')
    testNoEvent('The warehouse caught fire on Monday.')
    testNoEvent('The fans caught the last train home.')
    testNoEvent('Police caught up with the convoy near the bridge.')
  })

  it('reads "that" with one word after it before the sentence ends as a determiner of the object', () => {
    testNoEvent('Only half of the schools met that target.')
    testNoEvent('The council should seize that opportunity.')
    testSingleEvent('Officials met that delegation in the capital on Monday.', 'CONSULT', 'met')
  })

  it('takes a thing "threatened", with no one named who threatens, for a state', () => {
    testNoEvent('About 300 jobs are threatened.')
    testNoEvent('The future of the small harbour is threatened.')
    testSingleEvent('The mayor was threatened outside the town hall.', 'THREATEN', 'threatened')
    testSingleEvent('Several shops were threatened on Monday.', 'THREATEN', 'threatened')
    testSingleEvent('The harbour is threatened by armed gangs.', 'THREATEN', 'threatened')
  })

  it('takes a participle after a linking verb for a state, no event', () => {
    testNoEvent('The singer has since become withdrawn and quiet.')
    testNoEvent('Residents seemed threatened by the plan.')
    testSingleEvent('The singer was threatened by a fan.', 'THREATEN', 'threatened')
  })

  it('takes a participle after "this" or "these" for an adjective', () => {
    testNoEvent('Nobody has explained this alleged feud between the two men.')
  })

  it('takes rallying supporters and a comeback for no protest', () => {
    testNoEvent('The governor rallied his supporters before the vote.')
    testNoEvent('The home side rallied to beat the visitors in the second half.')
  })
})

describe('triggers: weapons thrown, and what an instrument was used to do', () => {
  it('reads throwing a weapon as an assault, and nothing else thrown', () => {
    testSingleEvent('The attackers threw a grenade into the courtyard.', 'ASSAULT', 'threw')
    testNoEvent('He threw a party for his staff.')
  })

  it('reads what an instrument was used to do as the act done with it', () => {
    testSingleEvent('The drones were used to attack the governor during the parade.', 'ASSAULT', 'attack')
    // The present says what it is for.
    testNoEvent('The software is used to block traffic.')
  })
})

describe('triggers: a noun of attack, what it is aimed at, and a participle after a preposition', () => {
  it('reads what a noun of attack is aimed at after "on", "against", "from" or "by"', () => {
    testSingleEvent('His recent attacks on the budget won him applause.', 'ACCUSE', 'attacks')
    testSingleEvent('The senator faced attacks from rivals over the weekend.', 'ACCUSE', 'attacks')
    testSingleEvent('The minister launched an attack against the new rules.', 'ACCUSE', 'attack')
  })

  it('reads an attack on someone\'s words, character or credibility as an accusation, not one on army positions', () => {
    testSingleEvent('Rivals stepped up their attacks on his words.', 'ACCUSE', 'attacks')
    testSingleEvent('The governor shrugged off an attack on her character.', 'ACCUSE', 'attack')
    testSingleEvent('Critics kept up their attacks on the mayor\'s credibility.', 'ACCUSE', 'attacks')
    testSingleEvent('Rebels launched an attack on army positions near the river.', 'ASSAULT', 'attack')
  })

  it('reads no aim into the words after a noun that is a subject', () => {
    testSingleEvent('Analysts said the attack could have cost less than the drones.', 'ASSAULT', 'attack')
    testSingleEvent('The attacks pushed insurance claims up sharply.', 'ASSAULT', 'attacks')
  })

  it('takes a participle after a preposition for an adjective', () => {
    testNoEvent('Police found gunpowder in both raided apartments.')
    testNoEvent('Shares of the company founded by assassinated tycoon Omar Haddad fell.')
    testSingleEvent('Troops raided two villages in the north.', 'ASSAULT', 'raided')
  })

  it('takes a gas canister explosion for an accident', () => {
    testNoEvent('Firefighters said a gas canister explosion caused the fire.')
    testSingleEvent('Firefighters said a bomb explosion caused the fire.', 'ASSAULT', 'explosion')
  })
})

describe('triggers: events told by how often they happen, and a date before an -ing noun', () => {
  it('takes events said to be common or rare for a kind of event', () => {
    testNoEvent('Officials say attacks remain common in the province.')
    testNoEvent('Street protests have become increasingly rare.')
    testSingleEvent('The attacks killed dozens and remain unsolved.', 'ASSAULT', 'attacks')
  })

  it('reads an -ing noun after the comma that closes a date as the event the date names', () => {
    testSingleEvent('Days after the April 15, 2013, bombing, two friends hid the bag.', 'ASSAULT', 'bombing')
    testNoEvent('The figures were strong, meeting or exceeding the targets.')
  })
})

describe('triggers: an -ing noun in a quoted phrase, and charges before "and"', () => {
  it('reads an -ing noun after a quotation mark inside a sentence as a noun', () => {
    testSingleEvent('Nobody in the town forgot the "bombing outrages" of that winter.', 'ASSAULT', 'bombing')
    testNoEvent('The figures were strong, meeting or exceeding the targets.')
  })

  it('reads charges before "and" as an accusation', () => {
    testSingleEvent('The banker now faces criminal charges and a long trial.', 'ACCUSE', 'charges')
    testNoEvent('The bank raised its service charges and fees.')
  })
})

describe('triggers: protesters who clash', () => {
  it('reads protesters clashing with police as a violent protest, and other clashes as assaults', () => {
    testSingleEvent('Hundreds of protesters clashed with police in the capital.', 'PROTEST', 'clashed')
    testSingleEvent('Rebels clashed with troops near the border.', 'ASSAULT', 'clashed')
    testSingleEvent('Villagers clashed with soldiers at the checkpoint.', 'ASSAULT', 'clashed')
    testSingleEvent('Sectarian clashes left ten people dead.', 'ASSAULT', 'clashes')
  })

  it('reads a clash with no armed side and no violence named as no assault', () => {
    testNoEvent('The striker clashed with the goalkeeper before half-time.')
    testNoEvent('The two bloggers clashed on the radio over the leaked emails.')
    testNoEvent('The clash between the chain and its landlord came to a head last year.')
  })
})

describe('triggers: storming, bombarding, exploding and striking in other senses', () => {
  it.each([
    ['a run to a title', 'The sprinter stormed to the 200m title in Paris.'],
    ['a run into a lead', 'The champion stormed into a 4-0 lead.'],
    ['bombarded with data', 'The program bombarded the servers with data.'],
    ['bombarded with pop-up ads', 'Users are bombarded with pop-up ads every day.'],
    ['an explosion in a market', 'The firm hopes to profit from the explosion in podcasting.'],
    ['growth that explodes', 'The number of subscribers has exploded this year.'],
    ['sales that explode in a month', 'Sales of the phone exploded in January.'],
    ['a gas canister exploding in a kitchen', 'A gas canister exploded in the kitchen.'],
    ['a row that blew up', 'The row blew up after the mayor spoke.'],
    ['a deal struck', 'The film is made under a deal struck with the union.'],
    ['a penalty struck', 'The fly-half struck a penalty at the other end.'],
    ['an attack in a match', 'The visitors launched their first attack of the second half.'],
    ['attacks in a match', 'The defence and midfield blunted their attacks.'],
    ['a counter attack', 'They scored on the counter attack.']
  ])('reads %s as no event', (_, text) => {
    testNoEvent(text)
  })

  it('keeps storming, bombarding and explosions of violence', () => {
    testSingleEvent('Troops stormed the building at dawn.', 'ASSAULT', 'stormed')
    testSingleEvent('Artillery bombarded the town with shells.', 'ASSAULT', 'bombarded')
    testSingleEvent('An explosion in the market killed six people.', 'ASSAULT', 'explosion')
    testSingleEvent('Militants blew up a bridge near the border.', 'ASSAULT', 'blew up')
    testSingleEvent('A bomb exploded in the crowded market.', 'ASSAULT', 'exploded')
    testSingleEvent('Rebels attacked the base in the second half of the year.', 'ASSAULT', 'attacked')
  })
})

describe('triggers: attacks on networks, kinds of attack, quoted words', () => {
  it.each([
    ['a denial of service attack', 'The site went down after a denial of service attack.'],
    ['phishing attacks', 'Phishing attacks grew fast last year.'],
    ['a kind of event', 'Banks warned customers about new types of attacks.'],
    ['a word in quotation marks', 'The mayor called the fire an "attack."'],
    ['a word in quotation marks, as a scare quote', 'Its brands came under "attack" from rivals.']
  ])('reads %s as no event', (_, text) => {
    testNoEvent(text)
  })

  it('reads an attack on words in quotation marks as criticism', () => {
    testSingleEvent("The comedian attacked 'dumbed-down' television on Monday.", 'ACCUSE', 'attacked')
    testSingleEvent('Gunmen attacked the convoy near the border.', 'ASSAULT', 'attacked')
  })
})

describe('triggers: matches and athletics meetings', () => {
  it.each([
    ['a match called a clash', 'He was ruled out of the second round clash with the champion.'],
    ['an athletics meeting', 'She won the high jump at an indoor meeting in Ghent.'],
    ['a cross met in a match', "The striker met Smith's cross with a low shot."],
    ['a wish met', 'Her wish could easily be met in Madrid.']
  ])('reads %s as no event', (_, text) => {
    testNoEvent(text)
  })

  it('keeps clashes and meetings between parties', () => {
    testSingleEvent('Two people died in a clash with police in the capital.', 'ASSAULT', 'clash')
    testSingleEvent('The ministers held a meeting in Geneva on Monday.', 'CONSULT', 'meeting')
  })
})

describe('triggers: verbal clashes, murder as an offence, figurative killing, a passive aimed at a plan', () => {
  it('reads politicians clashing over policies as a verbal conflict', () => {
    testSingleEvent('The two parties clashed over tax and spending plans.', 'ACCUSE', 'clashed')
    testSingleEvent('The judge has clashed with ministers about the inquiry.', 'ACCUSE', 'clashed')
    testSingleEvent('Rebels clashed with troops near the border.', 'ASSAULT', 'clashed')
  })

  it('reads a plan attacked in the passive as criticised', () => {
    testSingleEvent('The plan was attacked by opposition leaders.', 'ACCUSE', 'attacked')
  })

  it.each([
    ['murder laws', 'The Home Office announced a review of murder laws.'],
    ['a sentence for murder', 'They want an end to the mandatory life sentence for murder.'],
    ['a business killed', "A single risk won't kill your business."]
  ])('reads %s as no event', (_, text) => {
    testNoEvent(text)
  })

  it('keeps a murder that took place', () => {
    testSingleEvent('Police are investigating the murder of a shopkeeper in Leeds.', 'ASSAULT', 'murder')
  })
})

describe('triggers: blaming markets and forecasting losses', () => {
  it.each([
    ['a cause that is nobody\'s act', 'The airline blamed high fuel prices for a drop in profits.'],
    ['a cause in the passive', 'Bad weather and a sluggish economy were blamed for the rise.'],
    ['a forecast', 'The carmaker warned of lower margins this year.']
  ])('reads %s as no event', (_, text) => {
    testNoEvent(text)
  })

  it('keeps blaming someone and warning of reprisals', () => {
    testSingleEvent('The minister blamed the rebels for the attack.', 'ACCUSE', 'blamed')
    testSingleEvent('The militia warned of reprisals against the town.', 'THREATEN', 'warned of')
  })
})

describe('triggers: an -ly word after a determiner', () => {
  it('reads an -ly word or "first" after a determiner as an adjective of the noun', () => {
    testSingleEvent('Mourners gathered after the deadly attack on the market.', 'ASSAULT', 'attack')
    testSingleEvent('The committee had its first meeting on Wednesday.', 'CONSULT', 'meeting')
    testSingleEvent('Donors give to a group that only attacks its rivals in adverts.', 'ACCUSE', 'attacks')
  })
})
