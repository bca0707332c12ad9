import { renderMarkdown } from './markdown';

/** Every attribute value in the output that could carry a URL. */
function urls(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src|action|formaction|xlink:href)\s*=\s*"([^"]*)"/gi)].map(
    (match) => match[1],
  );
}

describe('renderMarkdown', () => {
  it('renders the usual formatting', () => {
    const html = renderMarkdown('**Mehr** _Bänke_ im Park\n\n- eins\n- zwei');
    expect(html).toContain('<strong>Mehr</strong>');
    expect(html).toContain('<em>Bänke</em>');
    expect(html).toContain('<li>eins</li>');
  });

  it('keeps single line breaks the way residents type them', () => {
    expect(renderMarkdown('Zeile 1\nZeile 2')).toContain('Zeile 1<br>\nZeile 2');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="/evil"></iframe>',
    '<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<style>body{display:none}</style>',
    '<!-- comment --><b onclick="x()">b</b>',
  ])('escapes raw HTML: %s', (hostile) => {
    const html = renderMarkdown(hostile);
    expect(html).not.toMatch(/<(script|img|iframe|svg|style|b)\b/i);
    expect(html).not.toMatch(/<a\b/i);
    expect(html).toContain('&lt;');
  });

  it.each([
    '[klick](javascript:alert(1))',
    '[klick](JaVaScRiPt:alert(1))',
    '[klick]( javascript:alert(1))',
    '[klick](java\tscript:alert(1))',
    '[klick](&#106;avascript:alert(1))',
    '[klick](vbscript:msgbox(1))',
    '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[klick](file:///etc/passwd)',
    '[klick](/relative/path)',
    '[klick](//evil.example/x)',
    '<javascript:alert(1)>',
    '[ref][1]\n\n[1]: javascript:alert(1)',
  ])('refuses unsafe link targets: %s', (hostile) => {
    const html = renderMarkdown(hostile);
    expect(urls(html)).toEqual([]);
    expect(html).not.toMatch(/<a\b/i);
  });

  it('allows http, https and mailto links and marks them as user content', () => {
    const html = renderMarkdown(
      '[Region](https://www.hannover.de) [alt](http://example.org) [Mail](mailto:info@example.org)',
    );
    expect(urls(html)).toEqual(['https://www.hannover.de', 'http://example.org', 'mailto:info@example.org']);
    expect(html.match(/rel="nofollow ugc noopener"/g)).toHaveLength(3);
  });

  it('linkifies bare addresses with the same rel', () => {
    const html = renderMarkdown('Siehe www.hannover.de oder https://example.org/a?b=1');
    expect(urls(html)).toEqual(['http://www.hannover.de', 'https://example.org/a?b=1']);
    expect(html).toContain('rel="nofollow ugc noopener"');
  });

  it('escapes quotes in link targets so they cannot open a new attribute', () => {
    const html = renderMarkdown('[x](https://example.org/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s*onmouseover=/i);
  });

  it('never embeds images: a safe image becomes a link, an unsafe one stays text', () => {
    const safe = renderMarkdown('![Plan](https://tracker.example/pixel.png)');
    expect(safe).not.toMatch(/<img\b/i);
    expect(safe).toContain(
      '<a href="https://tracker.example/pixel.png" rel="nofollow ugc noopener">Plan</a>',
    );
    const unsafe = renderMarkdown('![x](javascript:alert(1)) ![y](data:image/svg+xml;base64,PHN2Zz4=)');
    expect(unsafe).not.toMatch(/<(img|a)\b/i);
    expect(urls(unsafe)).toEqual([]);
  });

  it('escapes alt text of images', () => {
    const html = renderMarkdown('![<script>x</script>](https://example.org/a.png)');
    expect(html).not.toMatch(/<script/i);
  });

  it('starts headings at h3 so the page outline stays intact', () => {
    const html = renderMarkdown('# Eins\n\n## Zwei\n\n###### Sechs');
    expect(html).toContain('<h3>Eins</h3>');
    expect(html).toContain('<h4>Zwei</h4>');
    expect(html).toContain('<h6>Sechs</h6>');
    expect(html).not.toMatch(/<h[12]\b/);
  });

  it('copes with pathological nesting quickly', () => {
    const started = Date.now();
    const html = renderMarkdown('>'.repeat(5000) + ' x\n' + '['.repeat(5000) + '*'.repeat(5000));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(html).not.toMatch(/<script/i);
  });

  it('renders an empty body to an empty string', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
