// Step plans are Markdown written by programme staff. They are rendered with
// markdown-it with raw HTML switched off, so any <tag> in the text shows as
// text, and markdown-it's own link check refuses javascript:, vbscript:, file:
// and data: links. Links open in a new tab without access to this page.
// Never put a step plan into the page any other way.
import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });

// Links lead away from the app: a new tab, without window.opener or the referrer.
const defaultLinkOpen =
  renderer.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
renderer.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('target', '_blank');
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Safe HTML for a step plan; headings start at level 3 so they fit under the page's h1 and h2. */
export function renderSteps(markdown: string): string {
  const tokens = renderer.parse(markdown, {});
  for (const token of tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && /^h[12]$/.test(token.tag)) token.tag = 'h3';
  }
  return renderer.renderer.render(tokens, renderer.options, {});
}
