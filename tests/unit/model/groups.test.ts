import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { parseDocument } from '@/lib/model/parse';
import { groupPairs } from '@/lib/model/groups';
import { loadPage } from '../helpers/fixture-page';

/** The real answer page, with answers 2 and 3 made one combined answer ("Antwoord 2 en 3"). */
function combinedPage() {
  const { html } = loadPage('ah-tk-20212022-3019');
  const changed = html
    .replace(
      '<h2 class="stuktitel no-toc">Antwoord 2</h2>',
      '<h2 class="stuktitel no-toc">Antwoord 2 en 3</h2>',
    )
    .replace(
      /<div class="antwoord">\n<h2 class="stuktitel no-toc">Antwoord 3<\/h2>[\s\S]*?<\/div>\n/,
      '',
    );
  const { url, document } = loadPage('ah-tk-20212022-3019', changed);
  return parseDocument(detectPage(url, document)!, document);
}

describe('groupPairs (pure: pairs in, row groups out)', () => {
  it('gives questions answered together one group, every pair once, in question order', () => {
    const model = combinedPage();
    const groups = groupPairs(model.pairs);
    expect(groups.map((g) => g.numbers)).toEqual([
      ['1'],
      ['2', '3'],
      ...model.pairs.slice(3).map((p) => [p.number]),
    ]);
    expect(groups[1]!.answers).toHaveLength(1);
    expect(groups[1]!.questions).toHaveLength(2);
  });

  it('passes the source of answers from another document to every group', () => {
    const source = {
      href: 'https://zoek.officielebekendmakingen.nl/ah-tk-20212022-3019.html',
      label: 'Aanhangsel 3019',
    };
    const groups = groupPairs(combinedPage().pairs, source);
    expect(groups.every((g) => g.source === source)).toBe(true);
  });
});
