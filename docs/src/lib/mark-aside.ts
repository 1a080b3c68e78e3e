/**
 * Browser side of the marks: when a mark takes keyboard focus (or the pointer), say what it
 * is in the aside next to the text, a polite live region, so screen readers hear it too.
 */
export function connectMarkAside(root: ParentNode = document): void {
  for (const container of root.querySelectorAll<HTMLElement>('[data-marked-text]')) {
    if (container.dataset.connected) continue
    container.dataset.connected = 'true'
    const aside = document.getElementById(container.dataset.aside ?? '')
    if (!aside) continue
    const show = (target: EventTarget | null) => {
      const mark = target instanceof Element ? target.closest<HTMLElement>('.om[data-tip]') : null
      if (!mark || !container.contains(mark)) return
      aside.textContent = mark.dataset.tip ?? ''
    }
    container.addEventListener('focusin', (event) => show(event.target))
    container.addEventListener('mouseover', (event) => show(event.target))
  }
}
