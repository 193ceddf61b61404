import { describe, expect, it } from 'vitest';
import { renderSteps } from './markdown';

describe('renderSteps', () => {
  it('renders the step plan Markdown', () => {
    const html = renderSteps('**Doel:** samen leren\n\n1. Hang het bord op\n2. Start de sessie');
    expect(html).toContain('<strong>Doel:</strong>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<li>Hang het bord op</li>');
  });

  it('shows raw HTML as text, never as markup', () => {
    const html = renderSteps('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript: and data: links', () => {
    for (const link of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x']) {
      const html = renderSteps(`[klik](${link})`);
      expect(html, link).not.toContain('href');
    }
  });

  it('opens a web link in a new tab without access to the app', () => {
    const html = renderSteps('[video](https://video.example.nl/1)');
    expect(html).toContain('href="https://video.example.nl/1"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('keeps headings below the page heading', () => {
    expect(renderSteps('# Stap één')).toBe('<h3>Stap één</h3>\n');
  });
});
