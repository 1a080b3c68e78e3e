/**
 * Browser side of the marks.
 *
 * - When a mark takes keyboard focus (or the pointer), the aside next to the text, a polite
 *   live region, says what it is, so screen readers hear it too.
 * - Focusing an event trigger lights up its arguments (actors, targets, place, date), labels
 *   each with its role and draws an arc from the trigger to it, the way brat draws relations;
 *   focusing a claim's content or cue lights up every mention of its speaker and its date;
 *   focusing an argument lights up the triggers and claims it belongs to.
 * - The legend's checkboxes hide or show each kind of mark (a hidden mark is no tab stop).
 */

const roles: Record<string, string> = {actor: 'actor', target: 'target', place: 'where', date: 'when', speaker: 'speaker'}
const containers = new Set(['boilerplate', 'title', 'byline', 'dateline', 'claim'])
const svgNs = 'http://www.w3.org/2000/svg'

export function connectMarkAside(root: ParentNode = document): void {
  for (const container of root.querySelectorAll<HTMLElement>('[data-marked-text]')) {
    if (container.dataset.connected) continue
    container.dataset.connected = 'true'
    connectToggles(container)
    const aside = document.getElementById(container.dataset.aside ?? '')
    if (!aside) continue
    const frame = container.parentElement
    let arcs: SVGSVGElement | null = null
    if (frame?.classList.contains('om-text-frame')) {
      arcs = document.createElementNS(svgNs, 'svg')
      arcs.classList.add('om-arcs')
      arcs.setAttribute('aria-hidden', 'true')
      frame.append(arcs)
    }
    let lit: HTMLElement[] = []
    let current: HTMLElement | null = null

    const hidden = (mark: HTMLElement) => (container.dataset.hide ?? '').split(' ').includes(mark.dataset.kind ?? '')
    const clear = () => {
      for (const node of lit) {
        node.classList.remove('om-lit')
        delete node.dataset.role
      }
      lit = []
      current = null
      arcs?.replaceChildren()
    }
    const light = (nodes: Iterable<HTMLElement>, role?: string) => {
      const found: HTMLElement[] = []
      for (const node of nodes) {
        if (hidden(node)) continue
        node.classList.add('om-lit')
        if (role && node.dataset.part === 'first') node.dataset.role = role
        lit.push(node)
        if (node.dataset.part === 'first') found.push(node)
      }
      return found
    }
    const all = (selector: string) => container.querySelectorAll<HTMLElement>(selector)

    const show = (target: EventTarget | null) => {
      const mark = target instanceof Element ? target.closest<HTMLElement>('mark.om[data-tip]') : null
      if (!mark || !container.contains(mark) || hidden(mark) || mark === current) return
      clear()
      current = mark
      const kind = mark.dataset.kind ?? ''
      const lines = [mark.dataset.tip ?? '']
      if (kind === 'trigger') {
        const id = CSS.escape(mark.dataset.event ?? mark.dataset.ref ?? '')
        const args = [...all(`.om[data-of~="${id}"]`)]
        const firsts = args.filter((node) => node.dataset.part === 'first')
        for (const kind of ['actor', 'target', 'place', 'date']) {
          const ofKind = args.filter((node) => node.dataset.kind === kind)
          const shown = light(ofKind, roles[kind])
          if (shown.length > 0) lines.push(`${roles[kind]}: ${shown.map(textOfMark).join(', ')}`)
        }
        if (firsts.length === 0) lines.push('no arguments marked')
        drawArcs(mark, firsts)
      } else if (kind === 'content' || kind === 'cue') {
        const speaker = mark.dataset.speaker
        const claim = CSS.escape(mark.dataset.claim ?? '')
        const mentions = speaker ? light(all(`.om-speaker[data-speaker="${CSS.escape(speaker)}"]`), roles.speaker) : []
        if (mentions.length > 0) lines.push(`${mentions.length} mention${mentions.length === 1 ? '' : 's'} of the speaker`)
        light(all(`.om-${kind === 'content' ? 'cue' : 'content'}[data-claim="${claim}"]`))
        const dates = light(all(`.om-date[data-of~="${claim}"]`), roles.date)
        if (dates.length > 0) lines.push(`when: ${dates.map(textOfMark).join(', ')}`)
      } else if (kind === 'speaker') {
        light(all(`.om-speaker[data-speaker="${CSS.escape(mark.dataset.speaker ?? '')}"]`))
      } else if (mark.dataset.of) {
        for (const owner of mark.dataset.of.split(' ')) {
          const id = CSS.escape(owner)
          light(all(`.om-trigger[data-event="${id}"], .om-content[data-claim="${id}"]`))
        }
      }
      aside.textContent = lines.join(' · ')
    }

    /** Arcs from the trigger's top to each argument's top, over the text. */
    const drawArcs = (from: HTMLElement, to: HTMLElement[]) => {
      if (!arcs || !frame) return
      const box = frame.getBoundingClientRect()
      arcs.setAttribute('width', String(frame.scrollWidth))
      arcs.setAttribute('height', String(frame.scrollHeight))
      const start = anchor(from, box)
      for (const node of to) {
        const end = anchor(node, box)
        const lift = Math.min(28, 10 + Math.abs(end.x - start.x) / 8)
        const path = document.createElementNS(svgNs, 'path')
        path.setAttribute('d', `M${start.x} ${start.y} C${start.x} ${start.y - lift} ${end.x} ${end.y - lift} ${end.x} ${end.y}`)
        path.dataset.role = node.dataset.kind ?? ''
        arcs.append(path)
      }
    }

    container.addEventListener('focusin', (event) => show(event.target))
    container.addEventListener('mouseover', (event) => show(event.target))
    container.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node) || !container.contains(event.relatedTarget)) clear()
    })
    container.addEventListener('mouseleave', () => {
      if (!container.contains(document.activeElement)) clear()
    })
  }
}

/** The words of a mark, all its pieces together. */
function textOfMark(mark: HTMLElement): string {
  return (mark.textContent ?? '').trim()
}

function anchor(node: HTMLElement, box: DOMRect): {x: number; y: number} {
  const rect = node.getClientRects()[0] ?? node.getBoundingClientRect()
  return {x: rect.left - box.left + rect.width / 2, y: rect.top - box.top}
}

/** The legend's checkboxes: hide a kind, and take its marks out of the tab order. */
function connectToggles(container: HTMLElement): void {
  const toggles = document.querySelector<HTMLElement>(`[data-mark-toggles="${CSS.escape(container.id)}"]`)
  if (!toggles) return
  const apply = () => {
    const off = [...toggles.querySelectorAll<HTMLInputElement>('input[name="mark-kind"]')]
      .filter((box) => !box.checked)
      .map((box) => box.value)
    container.dataset.hide = off.join(' ')
    for (const mark of container.querySelectorAll<HTMLElement>('mark.om[data-part="first"]')) {
      if (containers.has(mark.dataset.kind ?? '')) continue
      mark.tabIndex = off.includes(mark.dataset.kind ?? '') ? -1 : 0
    }
  }
  toggles.addEventListener('change', apply)
  // A page that replaces the marked text (Try it) says so, and the hidden kinds stay hidden.
  container.addEventListener('om-rendered', apply)
  apply()
}
