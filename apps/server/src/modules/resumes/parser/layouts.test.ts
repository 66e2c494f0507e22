import { describe, expect, it } from 'vitest';
import { readContact } from './contact.ts';
import { positionAndCompany, splitEntries } from './entries.ts';
import { sectionOf } from './headings.ts';
import { drawnBullets, findGutter, type PositionedItem, pdfLines } from './pdf-lines.ts';

/** A text item at (x, y) in a 10 pt body font, about half an em wide a character. */
const item = (text: string, x: number, y: number, size = 10, font = 'body'): PositionedItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
  font,
});

describe('findGutter', () => {
  it('takes dates set at the right margin beside very short bullets for dates, not a second column', () => {
    const items: PositionedItem[] = [];
    let y = 780;
    for (const job of ['Site Reliability Engineer, Paystack Labs', 'DevOps Engineer, Andela', 'Intern, Konga']) {
      items.push(item(job, 50, y), item('Aug 2020 – Present', 470, y));
      for (const bullet of ['On-call lead', 'Terraform', 'Cut costs 30%', 'Docker']) {
        y -= 14;
        items.push(item(bullet, 62, y));
      }
      y -= 20;
    }
    expect(findGutter(items, 612)).toBeUndefined();
  });

  it('takes a narrow first cell of dates (a table layout) for dates, not a column', () => {
    const items: PositionedItem[] = [];
    let y = 780;
    for (let n = 0; n < 4; n++) {
      items.push(item('03/2022 – 02/2024', 40, y), item('Senior Data Engineer, Harbour Logistics', 180, y));
      items.push(item('Moved the nightly warehouse load from cron scripts to Airflow', 180, y - 14));
      y -= 40;
    }
    expect(findGutter(items, 612)).toBeUndefined();
  });

  it('still finds two real columns whose left one has dates at its right edge', () => {
    const items: PositionedItem[] = [];
    let y = 700;
    for (let n = 0; n < 6; n++) {
      items.push(item('Data Engineer', 40, y), item('Jul 2019 – Feb 2022', 190, y));
      items.push(item('Built Spark jobs that aggregate', 50, y - 12));
      items.push(
        item('Languages: Python, SQL, Scala', 320, y),
        item('Fudan University, Computer Science', 320, y - 12),
      );
      y -= 30;
    }
    const gutter = findGutter(items, 612);
    expect(gutter).toBeGreaterThan(280);
    expect(gutter).toBeLessThan(320);
  });
});

describe('findGutter with a long header', () => {
  it('does not count a full-width contact line above two short columns against the gutter', () => {
    const items: PositionedItem[] = [
      item('Oluwaseun Adebayo-Okonkwo', 40, 800, 22),
      item('seun.adebayo@example.ng | +234 803 555 0142 | Lagos, NG | github.com/seunops', 40, 770),
    ];
    let y = 740;
    const rows = [
      ['Site Reliability Engineer', 'University of Lagos'],
      ['Paystack Labs', 'Bachelor of Science'],
      ['On-call lead', 'Cloud: AWS, GCP'],
      ['Terraform', 'Observability: Grafana'],
    ] as const;
    // The contact line holds more than 15 % of the page's characters.
    for (const [left, right] of [...rows, ...rows, ...rows]) {
      items.push(item(left, 40, y), item(right, 320, y));
      y -= 14;
    }
    expect(findGutter(items, 612)).toBeGreaterThan(150);
  });
});

describe('pdfLines', () => {
  it('reads a full-width contact line under a name as the header, before both columns', () => {
    const items: PositionedItem[] = [
      item('Li Wei', 40, 800, 22),
      item('li.wei@example.cn | +86 21 5555 0199 | Shanghai', 40, 770),
    ];
    let y = 740;
    for (let n = 0; n < 8; n++) {
      items.push(item('Moved the nightly warehouse load', 40, y), item('Languages: Python, SQL, Scala', 320, y));
      y -= 14;
    }
    const text = pdfLines({ pages: [items], pageWidths: [612] }).map((l) => l.text);
    expect(text.slice(0, 3)).toEqual([
      'Li Wei',
      'li.wei@example.cn | +86 21 5555 0199 | Shanghai',
      'Moved the nightly warehouse load',
    ]);
    expect(text.at(-1)).toBe('Languages: Python, SQL, Scala');
  });
});

describe('drawnBullets', () => {
  it('marks indented list items whose bullet is drawn, and not the lines that continue one', () => {
    const lines = [
      [item('Senior Data Engineer', 40, 700)],
      [item('Moved the nightly warehouse load from cron scripts to Airflow, cutting failed runs', 56, 686)],
      [item('from 9 a month to 1', 56, 672)],
      [item('Terraform', 56, 658)],
      [item('Docker', 56, 644)],
      [item('Data Engineer', 40, 620)],
    ];
    expect(drawnBullets(lines)).toEqual([false, true, false, true, true, false]);
  });

  it('finds none in a block that writes its bullets, where "Spring" / "Boot" wrapped', () => {
    const lines = [
      [item('Full Stack Java Developer, ABC Company, Inc.', 40, 700)],
      [item('•', 42, 686), item('Developed enterprise applications using Java and Spring', 56, 686)],
      [item('Boot', 56, 672)],
      [item('Reviewed code', 56, 658)],
    ];
    expect(drawnBullets(lines)).toEqual([false, false, false, false]);
  });

  it('takes a capital after a full line ending a phrase for a new item, and "and" / "Python" for a wrap', () => {
    const lines = [
      [item('Data Engineer', 40, 700), item('Jul 2019 – Feb 2022', 440, 700)],
      // Both long lines end within a word of the right edge (535).
      [item('Built Spark jobs that aggregate two terabytes of sensor data each day for the whole company', 56, 686)],
      [item('Wrote the checks', 56, 672)],
      [item('Moved the nightly warehouse load from cron scripts to a new scheduler written in Go and', 56, 658)],
      [item('Python', 56, 644)],
      [item('Analyst', 40, 620), item('Jan 2018 – Jun 2019', 440, 620)],
    ];
    expect(drawnBullets(lines)).toEqual([false, true, true, true, false, false]);
  });
});

describe('drawnBullets and larger lines', () => {
  it('does not take an indented name in a larger size for a list item', () => {
    const lines = [
      [item('Ingrid Søndergaard', 56, 800, 22)],
      [item('ingrid.s@example.dk', 40, 770)],
      [item('Excel', 40, 756)],
    ];
    expect(drawnBullets(lines)).toEqual([false, false, false]);
  });
});

describe('drawnBullets beside a date column', () => {
  it('does not take the end of a range that wrapped in a date column for a list item', () => {
    const lines = [
      [item('June 2020 –', 40, 700), item('MERN Stack Developer, OpenAI', 110, 700)],
      [item('Present', 46, 686), item('Working on the development of the ChatGPT project', 110, 686)],
      [item('July 2015 –', 40, 650), item('Full Stack Developer, Uber', 110, 650)],
      [item('May 2020', 46, 636), item('Developed and maintained scalable web applications', 110, 636)],
    ];
    expect(drawnBullets(lines)).toEqual([false, false, false, false]);
  });
});

describe('drawnBullets in a table row', () => {
  it('measures the indent from the cell the entry starts in, not from the page margin', () => {
    const lines = [
      [
        item('03/2022 – Present', 40, 700),
        item('Senior Data Engineer, Harbour Logistics', 180, 700),
        item('Shanghai', 480, 700),
      ],
      [item('Moved the nightly warehouse load', 196, 686)],
      [item('Designed the event schema', 196, 672)],
      [item('07/2019 – 02/2022', 40, 650), item('Data Engineer, Blue River Analytics', 180, 650)],
      [item('Built Spark jobs', 196, 636)],
    ];
    expect(drawnBullets(lines)).toEqual([false, true, true, false, true]);
  });
});

describe('splitEntries in a narrow column', () => {
  it('joins a title and a date range that wrapped together', () => {
    const [entry] = splitEntries([
      'Senior Software  Feb 2014 –',
      'Engineer  Apr 2017',
      'Telefónica Digital',
      '• Rewrote the billing export',
    ]);
    expect(entry).toMatchObject({
      headers: ['Senior Software Engineer', 'Telefónica Digital'],
      startDate: '2014-02',
      endDate: '2017-04',
      highlights: ['Rewrote the billing export'],
    });
  });
});

describe('sectionOf', () => {
  it('reads headings printed with letter spacing, whose spaces fell in the wrong places', () => {
    expect(sectionOf('PROFE SS IONALEXPERIENCE', true)).toBe('work');
    expect(sectionOf('EDUC AT I O N', true)).toBe('education');
    expect(sectionOf('TECHNICALSKILLS', true)).toBe('skills');
    expect(sectionOf('PROFE SS IONALEXPERIENCE', false)).toBeUndefined();
  });
});

describe('positionAndCompany', () => {
  it('keeps "ABC Company, Inc." whole', () => {
    expect(positionAndCompany(['Senior Product Designer | ABC Company, Inc.'])).toEqual({
      position: 'Senior Product Designer',
      company: 'ABC Company, Inc.',
    });
    expect(positionAndCompany(['Designer, Acme Widgets, LLC, Austin, TX'])).toEqual({
      position: 'Designer',
      company: 'Acme Widgets, LLC',
      location: 'Austin, TX',
    });
  });
});

describe('readContact', () => {
  const line = (text: string, size = 10) => ({ text, size, emphasis: size > 10 });

  it('reads phone numbers in short groups, and not a range of years', () => {
    expect(readContact([line('Jane Doe', 20), line('+1-555-0100')]).basics.phone).toBe('+1-555-0100');
    expect(readContact([line('Ingrid Berg', 20), line('+45 20 12 34 56')]).basics.phone).toBe('+45 20 12 34 56');
    expect(readContact([line('Ingrid Berg', 20), line('2015 - 2019')]).basics.phone).toBeUndefined();
  });

  it('keeps a second site as a profile named after its host', () => {
    const { basics } = readContact([
      line('Richard Hendriks', 20),
      line('http://richardhendricks.example.com | https://soundcloud.example.com/dandymusicnl'),
    ]);
    expect(basics.url).toBe('http://richardhendricks.example.com');
    expect(basics.profiles).toEqual([
      { network: 'Soundcloud', url: 'https://soundcloud.example.com/dandymusicnl', username: 'dandymusicnl' },
    ]);
  });

  it('joins a name that wrapped in a narrow sidebar', () => {
    const { basics } = readContact([line('Ingrid', 18), line('Søndergaard', 18), line('Financial Analyst')]);
    expect(basics).toMatchObject({ name: 'Ingrid Søndergaard', label: 'Financial Analyst' });
    const hyphenated = readContact([
      line('Oluwaseun Adebayo-', 18),
      line('Okonkwo', 18),
      line('Site Reliability Engineer'),
    ]);
    expect(hyphenated.basics.name).toBe('Oluwaseun Adebayo-Okonkwo');
  });
});
