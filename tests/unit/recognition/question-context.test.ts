/**
 * pageContext's `at` (lib/recognition/context.ts): a text inside a question gets the question's
 * context, any other the document's. It remembers the ancestors it read for the rest of the task,
 * so it must agree with a plain walk up from every text, in any order, and read the page afresh
 * in a later task.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/model/parse';
import { detectPage } from '@/lib/page/detect';
import { pageContext } from '@/lib/recognition/context';
import { loadPage } from '../helpers/fixture-page';

function answerPage() {
  const { url, document } = loadPage('ah-tk-20212022-3019');
  const page = detectPage(url, document)!;
  const model = parseDocument(page, document);
  const questionNodes = new Set<Node>(model.questions.flatMap((q) => q.nodes));
  const inQuestion = (node: Node) => {
    for (let n: Node | null = node; n; n = n.parentNode) if (questionNodes.has(n)) return true;
    return false;
  };
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  return { document, context: pageContext(page, model), model, inQuestion, texts };
}

describe('pageContext: which texts are in a question', () => {
  it('agrees with a walk up from each text, in document order and backwards', () => {
    const { context, inQuestion, texts } = answerPage();
    const questionContext = context.at(texts.find(inQuestion)!);
    const documentContext = context.at(texts.find((t) => !inQuestion(t))!);
    expect(questionContext).not.toBe(documentContext);
    // The answer page reprints the questions: relative dates in them go by the day they were asked.
    expect(questionContext.documentDate).toBe('2022-03-10');
    expect(documentContext.documentDate).toBe('2022-06-08');
    const expected = texts.map((t) => (inQuestion(t) ? questionContext : documentContext));
    expect(texts.filter(inQuestion).length).toBeGreaterThan(10);
    expect(texts.filter((t) => !inQuestion(t)).length).toBeGreaterThan(10);
    expect(texts.map((t) => context.at(t))).toEqual(expected);
    expect([...texts].reverse().map((t) => context.at(t))).toEqual([...expected].reverse());
  });

  it('a question node itself is in the question; what lies above it, or outside the page, is not', () => {
    const { document, context, model, texts, inQuestion } = answerPage();
    const questionContext = context.at(texts.find(inQuestion)!);
    const documentContext = context.at(texts.find((t) => !inQuestion(t))!);
    const question = model.questions[0]!.nodes[0]!;
    expect(context.at(question)).toBe(questionContext);
    // Above a question nothing is remembered as inside it: a text's walk stops at its question.
    expect(context.at(question.parentNode!)).toBe(documentContext);
    expect(context.at(document.body)).toBe(documentContext);
    expect(context.at(document.createTextNode('vraag 3, 28 mei jl.'))).toBe(documentContext);
  });

  it('reads the page again in a later task: a text moved into a question is in it', async () => {
    const { context, inQuestion, model, texts } = answerPage();
    const outside = texts.find((t) => !inQuestion(t) && t.data.trim() !== '')!;
    const documentContext = context.at(outside);
    await Promise.resolve();
    model.questions[0]!.nodes[0]!.append(outside);
    expect(inQuestion(outside)).toBe(true);
    expect(context.at(outside)).not.toBe(documentContext);
    expect(context.at(outside).documentDate).toBe('2022-03-10');
  });
});
