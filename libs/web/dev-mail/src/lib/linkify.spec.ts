import { linkify, mailDocument } from './linkify';

describe('linkify', () => {
  it('turns http and https URLs into links and keeps the text around them', () => {
    expect(linkify('Bitte bestätigen: https://mitreden.test/confirm-email?token=a1b2 – danke.')).toEqual([
      { kind: 'text', text: 'Bitte bestätigen: ' },
      { kind: 'link', text: 'https://mitreden.test/confirm-email?token=a1b2', href: 'https://mitreden.test/confirm-email?token=a1b2' },
      { kind: 'text', text: ' – danke.' },
    ]);
  });

  it('leaves sentence punctuation after a URL outside the link', () => {
    expect(linkify('Go to http://localhost:3000/login.')).toEqual([
      { kind: 'text', text: 'Go to ' },
      { kind: 'link', text: 'http://localhost:3000/login', href: 'http://localhost:3000/login' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links other schemes', () => {
    expect(linkify('javascript:alert(1) and mailto:a@b.test')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) and mailto:a@b.test' },
    ]);
  });

  it('handles text without links and empty text', () => {
    expect(linkify('Hallo')).toEqual([{ kind: 'text', text: 'Hallo' }]);
    expect(linkify('')).toEqual([]);
  });
});

describe('mailDocument', () => {
  it('adds a base target to a complete document', () => {
    expect(mailDocument('<html><head><title>x</title></head><body>y</body></html>')).toBe(
      '<html><head><base target="_blank"><title>x</title></head><body>y</body></html>',
    );
  });

  it('wraps a fragment into a document', () => {
    expect(mailDocument('<p>Hi</p>')).toContain('<head><base target="_blank">');
    expect(mailDocument('<p>Hi</p>')).toContain('<body><p>Hi</p></body>');
  });
});
