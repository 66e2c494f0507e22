import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadName } from './download.ts';

describe('download names', () => {
  it('sends an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Zoë CV.pdf')).toBe(
      `attachment; filename="Zo_ CV.pdf"; filename*=UTF-8''Zo%C3%AB%20CV.pdf`,
    );
    expect(contentDisposition("O'Neil (1).pdf")).toBe(
      `attachment; filename="O'Neil (1).pdf"; filename*=UTF-8''O%27Neil%20%281%29.pdf`,
    );
  });

  it('drops directories, control and direction characters, and quotes', () => {
    expect(downloadName('../../etc/passwd')).toBe('passwd');
    expect(downloadName('invoice\u202Efdp.exe')).toBe('invoice fdp.exe');
    expect(contentDisposition('a"b\r\nSet-Cookie: x.csv')).toBe(
      `attachment; filename="a b Set-Cookie x.csv"; filename*=UTF-8''a%20b%20Set-Cookie%20x.csv`,
    );
  });

  it('names an empty or dot-only name "download" and can send inline', () => {
    expect(downloadName('..')).toBe('download');
    expect(contentDisposition('', 'inline')).toBe(`inline; filename="download"; filename*=UTF-8''download`);
  });
});
