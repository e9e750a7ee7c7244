// Runs in a page with a rendered <news-digest>: opens every source badge of the takeaways,
// open issues and quotes in turn and compares the range the widget highlights in the page
// with the evidence sentence the badge shows, white space aside. Returns the counts and the
// first misses.
export function checkBadges() {
  const squeeze = (s) => s.replace(/\s+/g, '');
  const root = document.querySelector('news-digest').shadowRoot;
  const out = { badges: 0, matched: 0, misses: [] };
  for (const section of ['takeaways', 'unresolved', 'quotes']) {
    for (const button of root.querySelectorAll(`.digest-${section} button.badge`)) {
      CSS.highlights.delete('news-digest-source');
      if (button.getAttribute('aria-expanded') === 'true') button.click();
      button.click();
      const panel = root.getElementById(button.getAttribute('aria-controls'));
      const sentence = panel.querySelector('q')?.textContent ?? null;
      const highlight = CSS.highlights.get('news-digest-source');
      // The runs of the sentence in the page (text the article leaves out splits them).
      const highlighted = highlight ? [...highlight].map((r) => r.toString()).join('') : null;
      out.badges += 1;
      if (sentence && highlighted !== null && squeeze(highlighted) === squeeze(sentence)) out.matched += 1;
      else if (out.misses.length < 5) out.misses.push({ section, badge: button.textContent, sentence, highlighted });
    }
  }
  return out;
}
