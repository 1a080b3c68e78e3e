/** One sentence of a CoNLL-U file: words (no multiword tokens, no empty nodes) and their gold analysis. */
export interface Sentence {
  words: string[]
  lemmas: string[]
  upos: string[]
  xpos: string[]
  /** Heads by word number, with a placeholder at 0 for ROOT: `heads[i]` is the head of word i. */
  heads: number[]
  deprels: string[]
  text: string | null
}

/** Read the sentences of a CoNLL-U document. */
export function readConllu(source: string): Sentence[] {
  const sentences: Sentence[] = []
  let current: Sentence = empty()
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      if (current.words.length > 0) sentences.push(current)
      current = empty()
      continue
    }
    if (line.startsWith('#')) {
      if (line.startsWith('# text = ')) current.text = line.slice(9)
      continue
    }
    const columns = line.split('\t')
    if (columns.length < 8 || !/^\d+$/.test(columns[0]!)) continue
    current.words.push(columns[1]!)
    current.lemmas.push(columns[2]!)
    current.upos.push(columns[3]!)
    current.xpos.push(columns[4]!)
    current.heads.push(Number(columns[6]))
    current.deprels.push(columns[7]!)
  }
  if (current.words.length > 0) sentences.push(current)
  return sentences
}

function empty(): Sentence {
  return {words: [], lemmas: [], upos: [], xpos: [], heads: [-1], deprels: [], text: null}
}
